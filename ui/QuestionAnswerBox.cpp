#include "ui/QuestionAnswerBox.h"

#include "ui/TextSize.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

// Room for three lines of an answer at any text size; Tab leaves it, as everywhere else.
class AnswerEdit : public QPlainTextEdit {
public:
    explicit AnswerEdit(QWidget* parent) : QPlainTextEdit(parent)
    {
        setTabChangesFocus(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        const int margins = int(2 * (frameWidth() + document()->documentMargin()));
        return {QPlainTextEdit::sizeHint().width(), 3 * fontMetrics().lineSpacing() + margins};
    }

protected:
    void changeEvent(QEvent* event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateGeometry();
    }
};

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QuestionAnswerBox::QuestionAnswerBox(const checklist::AskedQuestion& asked, int number, QWidget* parent)
    : QFrame(parent), m_questionId(asked.question.id)
{
    const checklist::Question& question = asked.question;
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("question_%1").arg(question.id));
    auto* layout = new QVBoxLayout(this);

    if (!asked.becauseOfYourDisc.isEmpty()) {
        auto* reason = wrappedLabel(tr("Because of your disc: %1").arg(asked.becauseOfYourDisc), this);
        reason->setObjectName(QStringLiteral("reason"));
        // Amber, as the report's "look at this": dark text on a light band, readable in any theme.
        reason->setStyleSheet(QStringLiteral("QLabel { background: #fff1cc; color: #3b2a00; border-left: 4px solid #d98b00; padding: 6px; }"));
        setRelativeTextSize(reason, 1.0, true);
        layout->addWidget(reason);
    }
    auto* text = wrappedLabel(tr("%1. %2").arg(number).arg(question.text), this);
    text->setObjectName(QStringLiteral("questionText"));
    setRelativeTextSize(text, 1.15, true);
    layout->addWidget(text);
    auto* why = wrappedLabel(question.why, this);
    setRelativeTextSize(why, 0.92);
    layout->addWidget(why);
    if (!question.source.isEmpty()) {
        auto* source = wrappedLabel(tr("Source: %1").arg(question.source), this);
        setRelativeTextSize(source, 0.85);
        layout->addWidget(source);
    }

    m_asked = new QCheckBox(tr("I asked this question"), this);
    m_asked->setAccessibleName(tr("I asked: %1").arg(question.text));
    layout->addWidget(m_asked);

    auto* fields = new QFormLayout;
    m_answer = new AnswerEdit(this);
    m_answer->setAccessibleName(tr("The answer to: %1").arg(question.text));
    m_answer->setPlaceholderText(tr("What they told you"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("My note on: %1").arg(question.text));
    m_note->setPlaceholderText(tr("Anything to remember or follow up"));
    fields->addRow(tr("The answer:"), m_answer);
    fields->addRow(tr("My note:"), m_note);
    layout->addLayout(fields);

    connect(m_asked, &QCheckBox::toggled, this, [this] { emit edited(true); });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        m_answerTyped = true;
        emit edited(false);
    });
    m_answer->installEventFilter(this);
    connect(m_note, &QLineEdit::textEdited, this, [this] { emit edited(false); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_note->isModified()) {
            m_note->setModified(false);
            emit edited(true);
        }
    });
}

bool QuestionAnswerBox::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the answer is the end of typing it.
    if (watched == m_answer && event->type() == QEvent::FocusOut && m_answerTyped) {
        m_answerTyped = false;
        emit edited(true);
    }
    return QFrame::eventFilter(watched, event);
}

checklist::NotedAnswer QuestionAnswerBox::answer() const
{
    return {m_asked->isChecked(), m_answer->toPlainText(), m_note->text()};
}

void QuestionAnswerBox::setAnswer(const checklist::NotedAnswer& answer)
{
    const QSignalBlocker quietAsked(m_asked);
    const QSignalBlocker quietAnswer(m_answer);
    const QSignalBlocker quietNote(m_note);
    m_asked->setChecked(answer.asked);
    m_answer->setPlainText(answer.answer);
    m_note->setText(answer.note);
    m_note->setModified(false);
    m_answerTyped = false;
}

} // namespace scanshield::ui
