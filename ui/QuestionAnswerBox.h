#pragma once

#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"

#include <QFrame>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace scanshield::ui {

// One question as the person works through it: the question, why it matters, the reason
// their disc makes it pressing (highlighted), and what they noted: asked or not, the answer,
// a note of their own.
class QuestionAnswerBox : public QFrame {
    Q_OBJECT
public:
    QuestionAnswerBox(const checklist::AskedQuestion& question, int number, QWidget* parent = nullptr);

    QString questionId() const { return m_questionId; }
    checklist::NotedAnswer answer() const;
    // Shows a stored answer without reporting it as an edit.
    void setAnswer(const checklist::NotedAnswer& answer);

    QCheckBox* askedBox() const { return m_asked; }
    QPlainTextEdit* answerEdit() const { return m_answer; }
    QLineEdit* noteEdit() const { return m_note; }

signals:
    // The person changed something. `finished`: a step is complete (a box ticked, a field
    // left), so it should be saved now; otherwise they are still typing.
    void edited(bool finished);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_questionId;
    QCheckBox* m_asked = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QLineEdit* m_note = nullptr;
    bool m_answerTyped = false;
};

} // namespace scanshield::ui
