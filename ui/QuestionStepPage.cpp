#include "ui/QuestionStepPage.h"

#include "ui/QuestionAnswerBox.h"
#include "ui/TextSize.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace scanshield::ui {

QuestionStepPage::QuestionStepPage(const checklist::AskedArea& area, int firstNumber, QWidget* parent)
    : QScrollArea(parent), m_areaId(area.id)
{
    setObjectName(QStringLiteral("step_%1").arg(area.id));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Not a stop of its own for Tab: the fields in it are, and it scrolls to each.
    setFocusPolicy(Qt::NoFocus);
    // Texts wrap to the width there is; only the length of a step scrolls.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* title = new QLabel(area.title, content);
    title->setObjectName(QStringLiteral("areaTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    setRelativeTextSize(title, 1.45, true);
    layout->addWidget(title);
    auto* why = new QLabel(area.why, content);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    layout->addWidget(why);
    layout->addSpacing(6);
    int number = firstNumber;
    for (const checklist::AskedQuestion& question : area.questions) {
        auto* box = new QuestionAnswerBox(question, number++, content);
        m_boxes.append(box);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    setWidget(content);
}

QuestionAnswerBox* QuestionStepPage::box(const QString& questionId) const
{
    for (QuestionAnswerBox* box : m_boxes)
        if (box->questionId() == questionId)
            return box;
    return nullptr;
}

void QuestionStepPage::focusFirstQuestion()
{
    if (!m_boxes.isEmpty())
        focusQuestion(m_boxes.first()->questionId());
}

bool QuestionStepPage::focusQuestion(const QString& questionId)
{
    QuestionAnswerBox* target = box(questionId);
    if (!target)
        return false;
    target->askedBox()->setFocus(Qt::OtherFocusReason);
    // The first question with the step's title and why above it; another with its top in view.
    widget()->layout()->activate();
    if (target == m_boxes.first())
        ensureVisible(0, 0, 0, 0);
    else
        ensureVisible(0, target->y(), 0, 0);
    return true;
}

} // namespace scanshield::ui
