#pragma once

#include "checklist/Tailoring.h"

#include <QScrollArea>

namespace scanshield::ui {

class QuestionAnswerBox;

// One step of the walk-through: one area of questions ("Is AI used on my images?"), why it
// matters, and each of its questions with room for the answer. Scrolls when it is long; the
// field that has the keyboard is always in view.
class QuestionStepPage : public QScrollArea {
    Q_OBJECT
public:
    // `firstNumber`: the number of its first question in the whole walk-through.
    QuestionStepPage(const checklist::AskedArea& area, int firstNumber, QWidget* parent = nullptr);

    QString areaId() const { return m_areaId; }
    const QList<QuestionAnswerBox*>& boxes() const { return m_boxes; }
    QuestionAnswerBox* box(const QString& questionId) const;

    // Puts the keyboard on the first question ("I asked this question").
    void focusFirstQuestion();
    // Scrolls to a question and puts the keyboard on it; false when it is not on this page.
    bool focusQuestion(const QString& questionId);

private:
    QString m_areaId;
    QList<QuestionAnswerBox*> m_boxes;
};

} // namespace scanshield::ui
