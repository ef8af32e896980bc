#include "checklist/QuestionBank.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace scanshield::checklist {

namespace {

// The bank's texts are translated at the moment they are read, in the context lupdate is
// given for them (scripts/update-translations.sh writes checklist/QuestionBankStrings.cpp).
QString translated(const QJsonValue& english)
{
    const QByteArray source = english.toString().toUtf8();
    return source.isEmpty() ? QString() : QCoreApplication::translate("QuestionBank", source.constData());
}

} // namespace

QuestionBank QuestionBank::embedded()
{
    QFile file(QStringLiteral(":/checklist/questions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        QuestionBank missing;
        missing.m_error = QCoreApplication::translate("QuestionBank", "The list of questions is missing from this copy of ScanShield.");
        return missing;
    }
    return fromJson(file.readAll());
}

QuestionBank QuestionBank::fromJson(const QByteArray& json)
{
    QuestionBank bank;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        bank.m_error = QStringLiteral("questions.json: %1").arg(parseError.errorString());
        return bank;
    }
    QSet<QString> ids;
    for (const QJsonValue& areaValue : document.object().value(QStringLiteral("areas")).toArray()) {
        const QJsonObject areaObject = areaValue.toObject();
        QuestionArea area;
        area.id = areaObject.value(QStringLiteral("id")).toString();
        area.title = translated(areaObject.value(QStringLiteral("title")));
        area.why = translated(areaObject.value(QStringLiteral("why")));
        for (const QJsonValue& questionValue : areaObject.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject q = questionValue.toObject();
            Question question;
            question.id = q.value(QStringLiteral("id")).toString();
            question.text = translated(q.value(QStringLiteral("text")));
            question.why = translated(q.value(QStringLiteral("why")));
            // Names of laws and guidance stay as written: they are looked up by these words.
            question.source = q.value(QStringLiteral("source")).toString();
            for (const QJsonValue& when : q.value(QStringLiteral("when")).toArray())
                question.when << when.toString();
            // Answers are stored by id: an id twice would mix two questions' answers.
            if (question.id.isEmpty() || question.text.isEmpty() || ids.contains(question.id)) {
                bank.m_error = QStringLiteral("questions.json: question \"%1\" in \"%2\" has no id, no text, or an id used twice")
                                   .arg(question.id, area.id);
                return bank;
            }
            ids.insert(question.id);
            area.questions.append(question);
        }
        if (area.id.isEmpty() || area.title.isEmpty() || area.questions.isEmpty()) {
            bank.m_error = QStringLiteral("questions.json: area \"%1\" has no id, no title or no questions").arg(area.id);
            return bank;
        }
        bank.m_areas.append(area);
    }
    return bank;
}

int QuestionBank::questionCount() const
{
    int count = 0;
    for (const QuestionArea& area : m_areas)
        count += int(area.questions.size());
    return count;
}

const Question* QuestionBank::find(const QString& questionId) const
{
    for (const QuestionArea& area : m_areas)
        for (const Question& question : area.questions)
            if (question.id == questionId)
                return &question;
    return nullptr;
}

} // namespace scanshield::checklist
