#pragma once

#include "checklist/ConsentPhrases.h"
#include "checklist/QuestionBank.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace scanshield::ui {

// Beside a consent form: one kind of phrase the person chose, why it matters, and the
// questions to ask about it, each with "Add this question".
class ConsentPhraseDetails : public QWidget {
    Q_OBJECT
public:
    explicit ConsentPhraseDetails(QWidget* parent = nullptr);

    // The kind of the place chosen, with the place's words ("third parties", page 2).
    void showKind(const checklist::PhraseKind& kind, const checklist::PhraseMatch& place, const checklist::QuestionBank& bank);
    // No kind chosen: a sentence saying what to do (or that nothing was found).
    void showMessage(const QString& message);

signals:
    void questionChosen(const QString& questionId);

private:
    void clearQuestions();
    void addQuestion(const checklist::Question& question);

    QLabel* m_title = nullptr;
    QLabel* m_place = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_askHeading = nullptr;
    QWidget* m_questions = nullptr;
    QVBoxLayout* m_questionsLayout = nullptr;
    QSet<QString> m_added; // questions already chosen: their buttons say so
};

} // namespace scanshield::ui
