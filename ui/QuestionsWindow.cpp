#include "ui/QuestionsWindow.h"

#include "store/Database.h"
#include "ui/AppointmentBar.h"
#include "ui/QuestionAnswerBox.h"
#include "ui/QuestionStepPage.h"
#include "ui/TextSize.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

const QString kLargeTextKey = QStringLiteral("questions/largeText");
constexpr qreal kLargeTextScale = 1.4;
constexpr int kStepListWidth = 280;
// Long enough not to write at every keystroke, short enough that a crash loses a few words.
constexpr int kTypingPauseMs = 400;

checklist::NotedAnswer toNoted(const store::StoredAnswer& stored)
{
    return {stored.asked, stored.answer, stored.note};
}

store::StoredAnswer toStored(const checklist::NotedAnswer& noted)
{
    return {noted.asked, noted.answer, noted.note};
}

} // namespace

QuestionsWindow::QuestionsWindow(store::Database& database, QWidget* parent)
    : QWidget(parent), m_book(database), m_bank(checklist::QuestionBank::embedded())
{
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Questions for your appointment"));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kTypingPauseMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &QuestionsWindow::saveUnsaved);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_appointments = new AppointmentBar(m_book, this);
    m_largeText = new QCheckBox(tr("&Large text"), this);
    m_largeText->setObjectName(QStringLiteral("largeText"));
    top->addWidget(m_appointments, 1);
    top->addSpacing(24);
    top->addWidget(m_largeText);
    layout->addLayout(top);

    auto* middle = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* stepsLabel = new QLabel(tr("&Steps"), this);
    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setWordWrap(true);
    m_stepList->setMaximumWidth(kStepListWidth);
    m_stepList->setSpacing(3);
    stepsLabel->setBuddy(m_stepList);
    left->addWidget(stepsLabel);
    left->addWidget(m_stepList, 1);
    middle->addLayout(left);

    auto* right = new QVBoxLayout;
    m_stepText = new QLabel(this);
    m_stepText->setObjectName(QStringLiteral("stepText"));
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress through the steps"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("stepPages"));
    right->addWidget(m_stepText);
    right->addWidget(m_progress);
    right->addWidget(m_stack, 1);
    middle->addLayout(right, 1);
    layout->addLayout(middle, 1);

    auto* bottom = new QHBoxLayout;
    m_print = new QPushButton(tr("&Print the question sheet…"), this);
    m_readConsent = new QPushButton(tr("&Read a consent form…"), this);
    m_status = new QLabel(tr("Your answers are saved on this computer as you go."), this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    bottom->addWidget(m_print);
    bottom->addWidget(m_readConsent);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_back);
    bottom->addWidget(m_next);
    layout->addLayout(bottom);

    connect(m_print, &QPushButton::clicked, this, [this] {
        saveUnsaved();
        emit printSheetRequested();
    });
    connect(m_readConsent, &QPushButton::clicked, this, &QuestionsWindow::readConsentFormRequested);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_stack->currentIndex() - 1, true); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(m_stack->currentIndex() + 1, true); });
    // Step by step from anywhere in the window, also while typing an answer.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)})
        connect(new QShortcut(keys, this), &QShortcut::activated, m_next, &QPushButton::click);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)})
        connect(new QShortcut(keys, this), &QShortcut::activated, m_back, &QPushButton::click);
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) { showStep(row, false); });
    connect(m_largeText, &QCheckBox::toggled, this, &QuestionsWindow::setLargeText);
    connect(m_appointments, &AppointmentBar::currentChanged, this, &QuestionsWindow::loadAppointment);
    connect(m_appointments, &AppointmentBar::aboutToDelete, this, [this](qint64 id) {
        if (id != m_appointmentId)
            return;
        // Its answers go with it: nothing is left to save.
        m_saveTimer.stop();
        m_unsaved.clear();
    });
    connect(m_appointments, &AppointmentBar::failed, this, &QuestionsWindow::showProblem);

    if (!m_bank.isValid())
        showProblem(m_bank.error());
    m_areas = checklist::tailoredAreas(m_bank, m_concerns);
    buildSteps();
    const qint64 chosen = m_appointments->current().id;
    if (chosen == 0)
        showProblem(tr("Your answers cannot be saved on this computer and will be gone when this window closes. (%1)")
                        .arg(database.isOpen() ? m_book.error() : database.error()));
    loadAppointment(chosen);
    showStep(0, false);
    // The keyboard starts at the first question; Alt+A reaches the appointment.
    if (!m_pages.isEmpty())
        m_pages.first()->focusFirstQuestion();

    const bool large = QSettings().value(kLargeTextKey, false).toBool();
    {
        const QSignalBlocker quiet(m_largeText);
        m_largeText->setChecked(large);
    }
    setLargeText(large);
    resize(1040, 760);
}

QuestionsWindow::~QuestionsWindow()
{
    saveUnsaved();
    // The window closes after this: the field that had the keyboard loses it and reports an
    // edit, which this half-destroyed window must not receive.
    for (QuestionStepPage* page : std::as_const(m_pages))
        for (QuestionAnswerBox* box : page->boxes())
            box->disconnect(this);
}

void QuestionsWindow::closeEvent(QCloseEvent* event)
{
    saveUnsaved();
    QWidget::closeEvent(event);
}

void QuestionsWindow::setDiscConcerns(const checklist::DiscConcerns& concerns)
{
    saveUnsaved();
    const QString shownArea = m_pages.isEmpty() ? QString() : m_pages.at(m_stack->currentIndex())->areaId();
    m_concerns = concerns;
    m_areas = checklist::tailoredAreas(m_bank, m_concerns);
    buildSteps();
    // Questions the disc makes pressing come first, so the walk starts again at them;
    // otherwise the person stays where they were.
    int step = 0;
    if (!concerns.any())
        for (int i = 0; i < m_pages.size(); ++i)
            if (m_pages.at(i)->areaId() == shownArea)
                step = i;
    showStep(step, false);
}

QList<checklist::AskedArea> QuestionsWindow::askedAreas() const
{
    return m_areas;
}

checklist::SheetOptions QuestionsWindow::sheetOptions() const
{
    checklist::SheetOptions options;
    options.largePrint = m_largeText->isChecked();
    const store::Appointment appointment = m_appointments->current();
    if (appointment.id != 0)
        options.appointment = AppointmentBar::describe(appointment);
    options.answers = m_answers;
    return options;
}

void QuestionsWindow::showQuestion(const QString& questionId)
{
    const int step = stepOf(questionId);
    if (step < 0)
        return;
    showStep(step, false);
    m_pages.at(step)->focusQuestion(questionId);
}

int QuestionsWindow::stepOf(const QString& questionId) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->box(questionId))
            return i;
    return -1;
}

void QuestionsWindow::buildSteps()
{
    qDeleteAll(m_pages);
    m_pages.clear();
    const QSignalBlocker quiet(m_stepList);
    m_stepList->clear();
    int number = 1;
    for (const checklist::AskedArea& area : std::as_const(m_areas)) {
        auto* page = new QuestionStepPage(area, number, m_stack);
        number += int(area.questions.size());
        for (QuestionAnswerBox* box : page->boxes()) {
            box->setAnswer(m_answers.value(box->questionId()));
            connect(box, &QuestionAnswerBox::edited, this, [this, box](bool finished) { noteEdit(box, finished); });
        }
        m_pages.append(page);
        m_stack->addWidget(page);
        m_stepList->addItem(area.title);
    }
    orderTabs();
    applyTextScale(this, m_largeText->isChecked() ? kLargeTextScale : 1.0);
    updateProgress();
}

void QuestionsWindow::orderTabs()
{
    // Pages made after the buttons would come after them; the keyboard goes from the list of
    // steps through the questions shown to Back and Next, then to the sheet and the form.
    // Field by field: every one of them takes the keyboard, so the order is exact.
    QList<QWidget*> chain{m_stepList};
    for (QuestionStepPage* page : std::as_const(m_pages))
        for (QuestionAnswerBox* box : page->boxes())
            chain << box->askedBox() << box->answerEdit() << box->noteEdit();
    chain << m_back << m_next << m_print << m_readConsent;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void QuestionsWindow::showStep(int index, bool focusFirstQuestion)
{
    if (index < 0 || index >= m_pages.size())
        return;
    saveUnsaved();
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker quiet(m_stepList);
        m_stepList->setCurrentRow(index);
    }
    updateProgress();
    if (focusFirstQuestion)
        m_pages.at(index)->focusFirstQuestion();
}

void QuestionsWindow::updateProgress()
{
    const int steps = int(m_pages.size());
    const int step = m_stack->currentIndex();
    int asked = 0;
    int total = 0;
    for (int i = 0; i < m_areas.size(); ++i) {
        int askedHere = 0;
        for (const checklist::AskedQuestion& question : m_areas.at(i).questions)
            askedHere += m_answers.value(question.question.id).asked ? 1 : 0;
        asked += askedHere;
        total += int(m_areas.at(i).questions.size());
        // A tick in the list for an area whose every question was asked.
        const bool done = askedHere == m_areas.at(i).questions.size();
        if (QListWidgetItem* item = m_stepList->item(i))
            item->setText(done ? tr("%1. %2 ✓").arg(i + 1).arg(m_areas.at(i).title) : tr("%1. %2").arg(i + 1).arg(m_areas.at(i).title));
    }
    m_stepText->setText(tr("Step %1 of %2. You have asked %3 of %4 questions.").arg(step + 1).arg(steps).arg(asked).arg(total));
    m_progress->setRange(0, steps);
    m_progress->setValue(step + 1);
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < steps);
}

void QuestionsWindow::loadAppointment(qint64 appointmentId)
{
    if (appointmentId == m_appointmentId && appointmentId != 0)
        return; // its details changed, not its answers
    saveUnsaved();
    m_appointmentId = appointmentId;
    m_answers.clear();
    const QHash<QString, store::StoredAnswer> stored = m_book.answers(appointmentId);
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        m_answers.insert(it.key(), toNoted(it.value()));
    for (QuestionStepPage* page : std::as_const(m_pages))
        for (QuestionAnswerBox* box : page->boxes())
            box->setAnswer(m_answers.value(box->questionId()));
    updateProgress();
}

void QuestionsWindow::noteEdit(QuestionAnswerBox* box, bool finished)
{
    const checklist::NotedAnswer answer = box->answer();
    const bool askedChanged = answer.asked != m_answers.value(box->questionId()).asked;
    m_answers.insert(box->questionId(), answer);
    m_unsaved.insert(box->questionId());
    if (askedChanged)
        updateProgress();
    if (finished)
        saveUnsaved();
    else
        m_saveTimer.start();
}

void QuestionsWindow::saveUnsaved()
{
    m_saveTimer.stop();
    if (m_appointmentId == 0 || m_unsaved.isEmpty())
        return;
    QSet<QString> failed;
    for (const QString& questionId : std::as_const(m_unsaved))
        if (!m_book.saveAnswer(m_appointmentId, questionId, toStored(m_answers.value(questionId))))
            failed.insert(questionId);
    m_unsaved = failed; // tried again at the next save
    if (!failed.isEmpty())
        showProblem(tr("Your answers could not be saved: %1").arg(m_book.error()));
}

void QuestionsWindow::setLargeText(bool on)
{
    QSettings().setValue(kLargeTextKey, on);
    const qreal scale = on ? kLargeTextScale : 1.0;
    applyTextScale(this, scale);
    // The boxes to tick grow with the text; the list of steps makes room for longer lines.
    const int tick = QFontMetrics(font()).height();
    setStyleSheet(on ? QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(tick) : QString());
    m_stepList->setMaximumWidth(int(kStepListWidth * scale));
}

void QuestionsWindow::showProblem(const QString& message)
{
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
}

} // namespace scanshield::ui
