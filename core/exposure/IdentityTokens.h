#pragma once

#include "media/DiscIndex.h"

#include <QString>
#include <QStringList>

namespace scanshield::exposure {

struct ExposureReport;

// The patient's own identifiers found on the disc (names, IDs, birth dates in the ways people
// write them), to look for in free text: descriptions, report text, files outside DICOM.
class IdentityTokens {
public:
    static IdentityTokens fromIndex(const media::DiscIndex& index);
    // Every name and ID an exposure report found anywhere on a disc (another patient ID, a
    // name inside a sequence), and the birth dates: what a copy of that disc must not hold.
    static IdentityTokens fromReport(const ExposureReport& report);

    // Adds a value known to identify the patient (another ID, a name from a sequence).
    void addName(const QString& dicomPersonName);
    void addId(const QString& id);
    void addBirthDate(const QString& dicomDate);
    // Everything `other` knows, added to these.
    void addAll(const IdentityTokens& other);

    // What the text contains, as stable keys: "name", "id", "birth_date". Case-insensitive;
    // names and IDs must stand as whole words.
    QStringList mentionsIn(const QString& text) const;
    // The same for text read by OCR from a picture, which misreads a letter here and there:
    // a name part of 5 letters or more may differ by one letter ("MUSTERMANH"), and an ID or a
    // birth date of 8 characters or more by one letter or digit in six ("PID8S15-4711",
    // "12.64.1961"), its separators and length unchanged, standing as a whole word.
    QStringList mentionsInReadText(const QString& text) const;
    // True when the value is a way of writing the patient's name and nothing else
    // ("Mustermann^Erika", "ERIKA ANNE MUSTERMANN", "MUSTERMAN^ERIKA" with a typo), as opposed
    // to a sentence that mentions it: the forms of "your name appears in N forms".
    bool isFormOfName(const QString& value) const;
    bool isEmpty() const { return m_names.isEmpty() && m_ids.isEmpty() && m_dates.isEmpty(); }

private:
    QStringList m_names;  // name parts of 3 letters or more, lower case
    QStringList m_ids;
    QStringList m_dates;  // each birth date in several spellings
    // The same in lower case: mentionsIn() lowers the text once and searches case-sensitively,
    // several times faster than a case-insensitive search for every token.
    QStringList m_idsLower;
    QStringList m_datesLower;
};

} // namespace scanshield::exposure
