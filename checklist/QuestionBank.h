#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace scanshield::checklist {

// One question a patient can ask, with why it matters, in the current language.
struct Question {
    QString id;        // stable: answers are stored under it ("ai_used")
    QString text;
    QString why;
    QString source;    // the law or guidance it rests on, when there is one
    QStringList when;  // exposure findings that put it first: "face", "burned_in", "private"
};

// One area of questions: "Is AI used on my images?", "The consent form"...
struct QuestionArea {
    QString id;
    QString title;
    QString why;
    QList<Question> questions;
};

// The question bank: data (resources/checklist/questions.json, embedded), not code, so it can
// grow without touching the program. Its texts are English source strings; each is shown
// through Qt's translation system (context "QuestionBank"), so the bank speaks the language
// the person chose.
class QuestionBank {
public:
    // The bank embedded in the application, in the current language.
    static QuestionBank embedded();
    // From a JSON document shaped like questions.json; isValid() false with error() when not.
    static QuestionBank fromJson(const QByteArray& json);

    bool isValid() const { return m_error.isEmpty() && !m_areas.isEmpty(); }
    QString error() const { return m_error; }
    const QList<QuestionArea>& areas() const { return m_areas; }
    int questionCount() const;
    const Question* find(const QString& questionId) const;

private:
    QList<QuestionArea> m_areas;
    QString m_error;
};

} // namespace scanshield::checklist
