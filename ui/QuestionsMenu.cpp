#include "ui/QuestionsMenu.h"

#include "checklist/QuestionBank.h"
#include "store/Database.h"
#include "ui/ConsentReaderDialog.h"
#include "ui/QuestionSheetDialog.h"
#include "ui/QuestionsWindow.h"

namespace scanshield::ui {

QuestionsMenu::QuestionsMenu(QWidget* parent) : QMenu(tr("&Questions"), parent)
{
    m_questionsAction = addAction(tr("Prepare &questions for your appointment…"), this, [this] { showQuestions(); });
    m_questionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_questionsAction->setToolTip(tr("The questions to ask about AI, consent forms and cloud storage, one topic at a time, "
                                     "with room for the answers you are given."));
    m_consentAction = addAction(tr("Read a &consent form…"), this, [this] { showConsentReader(); });
    m_sheetAction = addAction(tr("Print a question &sheet…"), this, [this] { showSheet(); });
}

QuestionsMenu::~QuestionsMenu()
{
    // The window saves what is still unsaved as it goes: before the database closes.
    delete m_window.data();
}

void QuestionsMenu::setDiscConcerns(const checklist::DiscConcerns& concerns)
{
    m_concerns = concerns;
    if (m_window)
        m_window->setDiscConcerns(concerns);
}

QuestionsWindow* QuestionsMenu::showQuestions()
{
    if (!m_window) {
        if (!m_database)
            m_database = std::make_unique<store::Database>();
        // A window of its own (it has its own size and place), closed with the main window.
        m_window = new QuestionsWindow(*m_database, parentWidget());
        m_window->setWindowFlag(Qt::Window);
        m_window->setDiscConcerns(m_concerns);
        connect(m_window, &QuestionsWindow::printSheetRequested, this, &QuestionsMenu::showSheet);
        connect(m_window, &QuestionsWindow::readConsentFormRequested, this, &QuestionsMenu::showConsentReader);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

ConsentReaderDialog* QuestionsMenu::showConsentReader()
{
    if (!m_consentReader) {
        m_consentReader = new ConsentReaderDialog(parentWidget());
        m_consentReader->setAttribute(Qt::WA_DeleteOnClose);
        // "Add this question to my list": the question is shown in the questions window.
        connect(m_consentReader, &ConsentReaderDialog::questionChosen, this,
                [this](const QString& questionId) { showQuestions()->showQuestion(questionId); });
    }
    m_consentReader->show();
    m_consentReader->raise();
    return m_consentReader;
}

void QuestionsMenu::showSheet()
{
    // With the answers noted so far when the questions were opened; blank otherwise.
    QList<checklist::AskedArea> areas = m_window ? m_window->askedAreas()
                                                 : checklist::tailoredAreas(checklist::QuestionBank::embedded(), m_concerns);
    checklist::SheetOptions options = m_window ? m_window->sheetOptions() : checklist::SheetOptions{};
    QWidget* owner = m_window && m_window->isVisible() ? static_cast<QWidget*>(m_window) : parentWidget();
    auto* dialog = new QuestionSheetDialog(std::move(areas), std::move(options), owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace scanshield::ui
