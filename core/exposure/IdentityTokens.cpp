#include "exposure/IdentityTokens.h"

#include "exposure/Finding.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace scanshield::exposure {

namespace {

// Case-sensitive: callers pass both in lower case.
bool containsWord(const QString& haystack, const QString& word)
{
    qsizetype from = 0;
    while ((from = haystack.indexOf(word, from)) >= 0) {
        const qsizetype end = from + word.size();
        const bool startOk = from == 0 || !haystack[from - 1].isLetterOrNumber();
        const bool endOk = end >= haystack.size() || !haystack[end].isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

} // namespace

IdentityTokens IdentityTokens::fromIndex(const media::DiscIndex& index)
{
    IdentityTokens tokens;
    for (const media::PatientEntry& patient : index.patients) {
        tokens.addName(patient.name);
        tokens.addId(patient.id);
        tokens.addBirthDate(patient.birthDate);
        for (const media::StudyEntry& study : patient.studies)
            tokens.addId(study.accessionNumber);
    }
    return tokens;
}

IdentityTokens IdentityTokens::fromReport(const ExposureReport& report)
{
    IdentityTokens tokens;
    for (const Finding& f : report.findings) {
        if (f.attribute == QLatin1String("(0010,0030)"))
            tokens.addBirthDate(f.value); // Patient's Birth Date
        if (f.category != Category::Identity || f.isUid)
            continue;
        if (f.safeHarbor == QLatin1String("names"))
            tokens.addName(f.value);
        else if (f.safeHarbor == QLatin1String("medical_record"))
            tokens.addId(f.value);
    }
    return tokens;
}

void IdentityTokens::addName(const QString& dicomPersonName)
{
    // Every component of every group (alphabetic, ideographic, phonetic); short parts such as
    // initials or "Dr" would match everywhere, so only parts of 3 letters or more count,
    // except in scripts where a name is one or two characters (CJK).
    static const QRegularExpression separators(QStringLiteral("[\\^=\\s,]+"));
    // Placeholders that anonymizers (ScanShield among them) write where a name was: they name
    // nobody, and would otherwise be "found" in every copy and every README.
    static const QStringList placeholders = {QStringLiteral("anonymous"), QStringLiteral("anonymized"),
                                             QStringLiteral("anonymised"), QStringLiteral("anon"),
                                             QStringLiteral("unknown"), QStringLiteral("patient")};
    for (const QString& part : dicomPersonName.split(separators, Qt::SkipEmptyParts)) {
        if (placeholders.contains(part.toLower()))
            continue;
        const bool ideographic = part.front().script() == QChar::Script_Han || part.front().script() == QChar::Script_Hangul ||
                                 part.front().script() == QChar::Script_Hiragana || part.front().script() == QChar::Script_Katakana;
        if ((part.size() >= 3 || (ideographic && part.size() >= 2)) && !m_names.contains(part.toLower()))
            m_names.append(part.toLower());
    }
}

void IdentityTokens::addId(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.size() >= 3 && !m_ids.contains(trimmed)) {
        m_ids.append(trimmed);
        m_idsLower.append(trimmed.toLower());
    }
}

void IdentityTokens::addBirthDate(const QString& dicomDate)
{
    const QDate date = QDate::fromString(dicomDate.left(8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return;
    for (const char* format : {"yyyyMMdd", "dd.MM.yyyy", "d.M.yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy"}) {
        const QString written = date.toString(QLatin1String(format));
        if (!m_dates.contains(written)) {
            m_dates.append(written);
            m_datesLower.append(written.toLower());
        }
    }
}

void IdentityTokens::addAll(const IdentityTokens& other)
{
    const auto merge = [](QStringList& into, QStringList& intoLower, const QStringList& from, const QStringList& fromLower) {
        for (qsizetype i = 0; i < from.size(); ++i)
            if (!into.contains(from[i])) {
                into.append(from[i]);
                intoLower.append(fromLower[i]);
            }
    };
    for (const QString& name : other.m_names)
        if (!m_names.contains(name))
            m_names.append(name);
    merge(m_ids, m_idsLower, other.m_ids, other.m_idsLower);
    merge(m_dates, m_datesLower, other.m_dates, other.m_datesLower);
}

QStringList IdentityTokens::mentionsIn(const QString& text) const
{
    QStringList mentions;
    if (text.isEmpty())
        return mentions;
    const QString lower = text.toLower();
    for (const QString& name : m_names)
        if (containsWord(lower, name)) {
            mentions.append(QStringLiteral("name"));
            break;
        }
    for (const QString& id : m_idsLower)
        if (containsWord(lower, id)) {
            mentions.append(QStringLiteral("id"));
            break;
        }
    for (const QString& date : m_datesLower)
        if (lower.contains(date)) {
            mentions.append(QStringLiteral("birth_date"));
            break;
        }
    return mentions;
}

namespace {

// Words that differ by at most one letter (a typo, a dropped letter): MUSTERMAN, MUSTERMANN.
bool nearlyEqual(const QString& a, const QString& b)
{
    if (std::abs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    qsizetype j = 0;
    int edits = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++i;
            ++j;
            continue;
        }
        if (++edits > 1)
            return false;
        if (a.size() > b.size())
            ++i;
        else if (b.size() > a.size())
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    return edits + (a.size() - i) + (b.size() - j) <= 1;
}

} // namespace

namespace {

// True when `text` holds, as a whole word, a string as long as `token` that differs from it in
// at most one letter or digit in six, with the same separators in the same places.
bool containsNearly(const QString& text, const QString& token)
{
    const qsizetype length = token.size();
    const qsizetype budget = length / 6;
    for (qsizetype from = 0; from + length <= text.size(); ++from) {
        if (from > 0 && text[from - 1].isLetterOrNumber())
            continue;
        if (from + length < text.size() && text[from + length].isLetterOrNumber())
            continue;
        qsizetype differences = 0;
        for (qsizetype i = 0; i < length && differences <= budget; ++i) {
            const QChar a = text[from + i].toLower();
            const QChar b = token[i].toLower();
            if (a == b)
                continue;
            if (!b.isLetterOrNumber() || !a.isPrint() || a.isSpace())
                differences = budget + 1; // separators and spaces must match
            else
                ++differences;
        }
        if (differences <= budget)
            return true;
    }
    return false;
}

} // namespace

QStringList IdentityTokens::mentionsInReadText(const QString& text) const
{
    QStringList mentions = mentionsIn(text);
    if (!mentions.contains(QStringLiteral("name"))) {
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}]+"));
        const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
        const bool found = std::any_of(words.begin(), words.end(), [this](const QString& word) {
            return word.size() >= 5 && std::any_of(m_names.begin(), m_names.end(), [&](const QString& name) {
                       return name.size() >= 5 && nearlyEqual(word, name);
                   });
        });
        if (found)
            mentions.append(QStringLiteral("name"));
    }
    const auto nearly = [&](const QStringList& tokens) {
        return std::any_of(tokens.begin(), tokens.end(),
                           [&](const QString& token) { return token.size() >= 8 && containsNearly(text, token); });
    };
    if (!mentions.contains(QStringLiteral("id")) && nearly(m_ids))
        mentions.append(QStringLiteral("id"));
    if (!mentions.contains(QStringLiteral("birth_date")) && nearly(m_dates))
        mentions.append(QStringLiteral("birth_date"));
    // Same order as mentionsIn: name, id, birth_date.
    QStringList ordered;
    for (const char* key : {"name", "id", "birth_date"})
        if (mentions.contains(QLatin1String(key)))
            ordered.append(QLatin1String(key));
    return ordered;
}

bool IdentityTokens::isFormOfName(const QString& value) const
{
    static const QRegularExpression separators(QStringLiteral("[\\^=\\s,.]+"));
    const QStringList words = value.toLower().split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return false;
    int matched = 0;
    for (const QString& word : words) {
        const bool initial = word.size() <= 2 && word.front().isLetter();
        bool known = false;
        for (const QString& name : m_names)
            known = known || word == name || (word.size() >= 5 && nearlyEqual(word, name));
        if (!known && !initial)
            return false;
        matched += known ? 1 : 0;
    }
    return matched > 0;
}

} // namespace scanshield::exposure
