#include "checklist/ConsentPhrases.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace scanshield::checklist {

namespace {

// The catalogue's texts are translated when read, in the context lupdate is given for them
// (scripts/question-bank-strings.py writes translations/consent_phrases_strings.cpp).
QString translated(const QJsonValue& english)
{
    const QByteArray source = english.toString().toUtf8();
    return source.isEmpty() ? QString() : QCoreApplication::translate("ConsentPhrases", source.constData());
}

// The JSON's shorthands (see its "about"): a space matches any white space, line breaks
// included; "~" joins word parts written with a hyphen, a space, a line break or nothing.
// Every pattern is a whole word or phrase.
QRegularExpression compiled(const QString& pattern)
{
    QString expanded = pattern;
    expanded.replace(QLatin1Char(' '), QStringLiteral("\\s+"));
    expanded.replace(QLatin1Char('~'), QStringLiteral("(?:-\\s*|\\s+)?"));
    return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(expanded),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// A pattern that can match no characters would find empty places everywhere.
bool matchesNothing(const QRegularExpression& expression)
{
    for (QRegularExpressionMatchIterator it = expression.globalMatch(QStringLiteral("ab cd")); it.hasNext();)
        if (it.next().capturedLength() == 0)
            return true;
    return false;
}

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray())
        list << value.toString();
    return list;
}

int pageOf(int position, const QList<int>& pageStarts)
{
    if (pageStarts.isEmpty())
        return 0;
    const auto after = std::upper_bound(pageStarts.begin(), pageStarts.end(), position);
    return std::max(1, int(after - pageStarts.begin()));
}

} // namespace

ConsentPhrases ConsentPhrases::embedded()
{
    QFile file(QStringLiteral(":/checklist/consent_phrases.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        ConsentPhrases missing;
        missing.m_error =
            QCoreApplication::translate("ConsentPhrases", "The list of consent form phrases is missing from this copy of ScanShield.");
        return missing;
    }
    return fromJson(file.readAll());
}

ConsentPhrases ConsentPhrases::fromJson(const QByteArray& json)
{
    ConsentPhrases phrases;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        phrases.m_error = QStringLiteral("consent_phrases.json: %1").arg(parseError.errorString());
        return phrases;
    }
    QSet<QString> ids;
    for (const QJsonValue& kindValue : document.object().value(QStringLiteral("kinds")).toArray()) {
        const QJsonObject object = kindValue.toObject();
        PhraseKind kind;
        kind.id = object.value(QStringLiteral("id")).toString();
        kind.name = translated(object.value(QStringLiteral("name")));
        kind.why = translated(object.value(QStringLiteral("why")));
        kind.colour = object.value(QStringLiteral("colour")).toString();
        kind.questionIds = strings(object.value(QStringLiteral("questions")));
        const QStringList patterns = strings(object.value(QStringLiteral("patterns")));
        if (kind.id.isEmpty() || ids.contains(kind.id) || kind.name.isEmpty() || kind.why.isEmpty() || kind.colour.isEmpty() ||
            kind.questionIds.isEmpty() || patterns.isEmpty()) {
            phrases.m_error =
                QStringLiteral("consent_phrases.json: kind \"%1\" has no id, an id used twice, or lacks its name, why, colour, "
                               "questions or patterns")
                    .arg(kind.id);
            return phrases;
        }
        for (const QString& pattern : patterns) {
            const QRegularExpression expression = compiled(pattern);
            if (!expression.isValid() || matchesNothing(expression)) {
                phrases.m_error = QStringLiteral("consent_phrases.json: pattern \"%1\" of \"%2\" is not valid: %3")
                                      .arg(pattern, kind.id,
                                           expression.isValid() ? QStringLiteral("it can match no words") : expression.errorString());
                return phrases;
            }
            kind.patterns.append(expression);
        }
        ids.insert(kind.id);
        phrases.m_kinds.append(kind);
    }
    return phrases;
}

const PhraseKind* ConsentPhrases::kind(const QString& kindId) const
{
    for (const PhraseKind& kind : m_kinds)
        if (kind.id == kindId)
            return &kind;
    return nullptr;
}

QList<PhraseMatch> ConsentPhrases::find(const QString& text, const QList<int>& pageStarts) const
{
    QList<PhraseMatch> candidates;
    for (const PhraseKind& kind : m_kinds)
        for (const QRegularExpression& pattern : kind.patterns) {
            QRegularExpressionMatchIterator it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() > 0)
                    candidates.append({kind.id, int(match.capturedStart()), int(match.capturedLength()), match.captured(), 0});
            }
        }
    std::stable_sort(candidates.begin(), candidates.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<PhraseMatch> found;
    for (PhraseMatch& candidate : candidates) {
        if (!found.isEmpty() && candidate.start < found.last().start + found.last().length) {
            // Two patterns of one kind on overlapping words are one place ("stored for" and
            // "for 7 years": "stored for 7 years"); of another kind, the first place keeps it.
            PhraseMatch& last = found.last();
            const int end = candidate.start + candidate.length;
            if (candidate.kindId == last.kindId && end > last.start + last.length) {
                last.length = end - last.start;
                last.words = text.mid(last.start, last.length);
            }
            continue;
        }
        candidate.page = pageOf(candidate.start, pageStarts);
        found.append(candidate);
    }
    return found;
}

QString normalizedFormText(const QString& text)
{
    QString normalized;
    normalized.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0xFFFE) || c == QChar(0x0002)) {
            // QtPdf (PDFium) gives a hyphen that ends a line as one of these: "de\uFFFEidentified".
            normalized += QLatin1Char('-');
        } else if (c == QLatin1Char('\r')) {
            normalized += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c.category() != QChar::Other_Control) {
            normalized += c;
        }
    }
    return normalized;
}

} // namespace scanshield::checklist
