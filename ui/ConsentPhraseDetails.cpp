#include "ui/ConsentPhraseDetails.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanshield::ui {

ConsentPhraseDetails::ConsentPhraseDetails(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("phraseKindTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_place = new QLabel(this);
    m_place->setWordWrap(true);
    m_place->setTextFormat(Qt::PlainText);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("phraseKindWhy"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_askHeading = new QLabel(tr("What to ask"), this);
    QFont headingFont = m_askHeading->font();
    headingFont.setBold(true);
    m_askHeading->setFont(headingFont);
    m_questions = new QWidget(this);
    m_questionsLayout = new QVBoxLayout(m_questions);
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_place);
    layout->addWidget(m_why);
    layout->addSpacing(8);
    layout->addWidget(m_askHeading);
    layout->addWidget(m_questions);
    layout->addStretch(1);
    showMessage(QString());
}

void ConsentPhraseDetails::showMessage(const QString& message)
{
    clearQuestions();
    m_title->clear();
    m_title->hide();
    m_place->hide();
    m_askHeading->hide();
    m_why->setText(message);
    m_why->setAccessibleName(message);
}

void ConsentPhraseDetails::showKind(const checklist::PhraseKind& kind, const checklist::PhraseMatch& place,
                                    const checklist::QuestionBank& bank)
{
    clearQuestions();
    m_title->setText(kind.name);
    m_title->show();
    const QString words = place.words.simplified();
    m_place->setText(place.page > 0 ? tr("Marked here: “%1”, page %2.").arg(words).arg(place.page) : tr("Marked here: “%1”.").arg(words));
    m_place->show();
    m_why->setText(kind.why);
    m_why->setAccessibleName(tr("Why it matters: %1").arg(kind.why));
    for (const QString& id : kind.questionIds)
        if (const checklist::Question* question = bank.find(id))
            addQuestion(*question);
    m_askHeading->setVisible(!m_questionsLayout->isEmpty());
}

void ConsentPhraseDetails::clearQuestions()
{
    while (QLayoutItem* item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ConsentPhraseDetails::addQuestion(const checklist::Question& question)
{
    // One widget per question, so that clearQuestions() removes the text and its button together.
    auto* box = new QWidget(m_questions);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 8);
    auto* text = new QLabel(QStringLiteral("<b>%1</b><br/>%2").arg(question.text.toHtmlEscaped(), question.why.toHtmlEscaped()), box);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto* add = new QPushButton(box);
    add->setObjectName(QStringLiteral("addQuestion"));
    add->setProperty("questionId", question.id);
    add->setAccessibleName(tr("Add this question to my list: %1").arg(question.text));
    const auto markAdded = [add] {
        add->setText(tr("Added to my list"));
        add->setEnabled(false);
    };
    if (m_added.contains(question.id)) {
        markAdded();
    } else {
        add->setText(tr("Add this question to my list"));
        connect(add, &QPushButton::clicked, this, [this, add, markAdded, id = question.id] {
            m_added.insert(id);
            // The keyboard's place moves on before the button is disabled under it.
            if (add->hasFocus())
                focusNextChild();
            markAdded();
            emit questionChosen(id);
        });
    }
    layout->addWidget(text);
    layout->addWidget(add, 0, Qt::AlignRight);
    m_questionsLayout->addWidget(box);
    box->show(); // at once, not when the event loop next runs: the dialog may already be shown
}

} // namespace scanshield::ui
