#include "exposure/AttributeCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scanshield::exposure {

namespace {

// The standard table's columns besides the Basic Profile, one per profile option.
const char* const kOptionColumns[] = {"rtnSafePrivOpt",     "rtnUIDsOpt",         "rtnDevIdOpt",
                                      "rtnInstIdOpt",       "rtnPatCharsOpt",     "rtnLongFullDatesOpt",
                                      "rtnLongModifDatesOpt", "cleanDescOpt",     "cleanStructContOpt",
                                      "cleanGraphOpt"};

// The table's row for every private attribute (odd group) at once.
const QString kPrivateAttributesId = QStringLiteral("ggggeeee-where-gggg-is-odd");

// "60xx4000" -> mask and value that match every tag of the repeating group.
bool parseId(const QString& id, quint32& mask, quint32& value)
{
    if (id.size() != 8)
        return false;
    mask = 0;
    value = 0;
    for (QChar c : id) {
        mask <<= 4;
        value <<= 4;
        if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            continue;
        bool ok = false;
        const uint digit = QString(c).toUInt(&ok, 16);
        if (!ok)
            return false;
        mask |= 0xF;
        value |= digit;
    }
    return true;
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray utf8(const QJsonValue& value)
{
    return value.toString().toUtf8();
}

// The one context of every text of plain_language.json, the same as in the list that
// scripts/catalogue-strings.py writes for lupdate.
QString translated(const QByteArray& english)
{
    return english.isEmpty() ? QString() : QCoreApplication::translate("AttributeCatalogue", english.constData());
}

} // namespace

AttributeCatalogue AttributeCatalogue::fromJson(const QByteArray& standardTable, const QByteArray& plainLanguage)
{
    AttributeCatalogue catalogue;
    QJsonParseError parseError;
    const QJsonDocument table = QJsonDocument::fromJson(standardTable, &parseError);
    if (!table.isArray()) {
        catalogue.m_error = QStringLiteral("the standard's table is not a JSON array: %1").arg(parseError.errorString());
        return catalogue;
    }
    const QJsonDocument plainDocument = QJsonDocument::fromJson(plainLanguage, &parseError);
    if (!plainDocument.isObject()) {
        catalogue.m_error = QStringLiteral("the plain-language catalogue is not a JSON object: %1").arg(parseError.errorString());
        return catalogue;
    }
    const QJsonObject plain = plainDocument.object();
    const QJsonObject categories = plain.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        catalogue.m_categoryTitles.insert(it.key(), utf8(it.value().toObject().value(QStringLiteral("title"))));
        catalogue.m_categoryExplanations.insert(it.key(), utf8(it.value().toObject().value(QStringLiteral("explanation"))));
    }
    const QJsonObject safeHarbor = plain.value(QStringLiteral("safe_harbor")).toObject();
    for (auto it = safeHarbor.begin(); it != safeHarbor.end(); ++it)
        catalogue.m_safeHarbor.insert(it.key(), utf8(it.value()));

    const QJsonObject words = plain.value(QStringLiteral("attributes")).toObject();
    for (const QJsonValue& row : table.array()) {
        const QJsonObject standard = row.toObject();
        AttributeInfo info;
        info.id = standard.value(QStringLiteral("id")).toString();
        info.standardName = standard.value(QStringLiteral("name")).toString();
        info.basicProfile = standard.value(QStringLiteral("basicProfile")).toString();
        for (const char* column : kOptionColumns) {
            const QString action = standard.value(QLatin1String(column)).toString();
            if (!action.isEmpty())
                info.optionActions.insert(QLatin1String(column), action);
        }
        const QJsonObject entry = words.value(info.id).toObject();
        const std::optional<Category> category = categoryFromKey(entry.value(QStringLiteral("category")).toString());
        if (entry.isEmpty() || !category) {
            catalogue.m_error = QStringLiteral("no plain-language entry (or no valid category) for %1 %2").arg(info.id, info.standardName);
            return catalogue;
        }
        info.plainNameSource = utf8(entry.value(QStringLiteral("plain_name")));
        info.explanationSource = utf8(entry.value(QStringLiteral("explanation")));
        info.category = *category;
        info.safeHarbor = entry.value(QStringLiteral("safe_harbor")).toString();
        info.isUid = entry.value(QStringLiteral("kind")).toString() == QLatin1String("uid");

        const int index = int(catalogue.m_entries.size());
        if (info.id == kPrivateAttributesId) {
            catalogue.m_entries.append(info);
            catalogue.m_privateIndex = index;
            continue;
        }
        quint32 mask = 0;
        quint32 value = 0;
        if (!parseId(info.id, mask, value)) {
            catalogue.m_error = QStringLiteral("cannot read the tag %1").arg(info.id);
            return catalogue;
        }
        catalogue.m_entries.append(info);
        if (mask == 0xFFFFFFFFu)
            catalogue.m_exact.insert(value, index);
        else
            catalogue.m_patterns.append({mask, value, index});
    }
    return catalogue;
}

const AttributeCatalogue& AttributeCatalogue::embedded()
{
    static const AttributeCatalogue catalogue =
        fromJson(readResource(QStringLiteral(":/catalogue/confidentiality_profile_attributes.json")),
                 readResource(QStringLiteral(":/catalogue/plain_language.json")));
    return catalogue;
}

const AttributeInfo* AttributeCatalogue::find(quint32 tag) const
{
    if (const auto it = m_exact.constFind(tag); it != m_exact.constEnd())
        return &m_entries[*it];
    for (const Pattern& pattern : m_patterns)
        if ((tag & pattern.mask) == pattern.value)
            return &m_entries[pattern.index];
    return nullptr;
}

const AttributeInfo* AttributeCatalogue::privateAttributes() const
{
    return m_privateIndex >= 0 ? &m_entries[m_privateIndex] : nullptr;
}

QString AttributeInfo::plainName() const
{
    return translated(plainNameSource);
}

QString AttributeInfo::explanation() const
{
    return translated(explanationSource);
}

QString AttributeCatalogue::categoryTitle(Category category) const
{
    const QByteArray title = m_categoryTitles.value(categoryKey(category));
    return title.isEmpty() ? categoryKey(category) : translated(title);
}

QString AttributeCatalogue::categoryExplanation(Category category) const
{
    return translated(m_categoryExplanations.value(categoryKey(category)));
}

QString AttributeCatalogue::safeHarborDescription(const QString& key) const
{
    return translated(m_safeHarbor.value(key));
}

} // namespace scanshield::exposure
