#pragma once

#include "exposure/Category.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace scanshield::exposure {

// One attribute of DICOM PS3.15 Table E.1-1 with ScanShield's words for it.
struct AttributeInfo {
    QString id;               // "00100010", or with 'x' for repeating groups: "60xx4000"
    QString standardName;     // "Patient's Name"
    // ScanShield's words, as written in plain_language.json (English, UTF-8). People see them
    // through plainName() and explanation(), which translate them.
    QByteArray plainNameSource;   // "Your name"
    QByteArray explanationSource; // one sentence for a person
    Category category = Category::FreeText;
    QString safeHarbor;       // key of the HIPAA Safe Harbor identifier, empty when none
    bool isUid = false;       // a unique reference number (grouped apart in the report)
    QString basicProfile;     // the Basic Profile action: "D", "Z", "X", "K", "C", "U", "X/Z"...
    QMap<QString, QString> optionActions; // option column ("rtnLongFullDatesOpt"...) -> action

    // In the language ScanShield speaks at the moment of the call: the catalogue is loaded
    // once, and the language can change while the program runs.
    QString plainName() const;
    QString explanation() const;
};

// The catalogue: the standard's table (actions) joined with ScanShield's plain-language file
// (names, explanations, categories, Safe Harbor identifiers). Data, not code: both live in
// resources/catalogue/ and are embedded in the application. The plain-language texts are
// translated when they are asked for, in the context "AttributeCatalogue"
// (scripts/catalogue-strings.py lists them for lupdate).
class AttributeCatalogue {
public:
    // The catalogue embedded in the application (loaded once, thread-safe).
    static const AttributeCatalogue& embedded();
    // From the two JSON documents; isValid() false and error() set when they do not fit.
    static AttributeCatalogue fromJson(const QByteArray& standardTable, const QByteArray& plainLanguage);

    bool isValid() const { return m_error.isEmpty() && !m_entries.isEmpty(); }
    QString error() const { return m_error; }
    int size() const { return int(m_entries.size()); }
    const QList<AttributeInfo>& entries() const { return m_entries; }

    // The entry for a tag: exact first, then the repeating-group patterns. nullptr if none.
    const AttributeInfo* find(quint32 tag) const;
    // The table's single row for all private attributes (odd groups), nullptr if absent.
    const AttributeInfo* privateAttributes() const;

    QString categoryTitle(Category category) const;
    QString categoryExplanation(Category category) const;
    QString safeHarborDescription(const QString& key) const;

private:
    struct Pattern {
        quint32 mask = 0;
        quint32 value = 0;
        int index = 0;
    };

    QList<AttributeInfo> m_entries;
    QHash<quint32, int> m_exact;
    QList<Pattern> m_patterns;
    // English, as in the file; translated by the accessors.
    QHash<QString, QByteArray> m_categoryTitles;
    QHash<QString, QByteArray> m_categoryExplanations;
    QHash<QString, QByteArray> m_safeHarbor;
    int m_privateIndex = -1;
    QString m_error;
};

} // namespace scanshield::exposure
