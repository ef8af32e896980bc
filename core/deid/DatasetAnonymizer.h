#pragma once

#include "deid/DeidOptions.h"
#include "deid/UidMapper.h"

#include <QByteArray>
#include <QStringList>

class DcmItem;
class DcmDataset;

namespace scanshield::exposure {
class AttributeCatalogue;
class IdentityTokens;
} // namespace scanshield::exposure

namespace scanshield::deid {

// Applies the Basic Application Level Confidentiality Profile with its options to one
// dataset, in place (DCMTK): every element at any depth gets the action the standard's table
// gives it under the options (ProfileAction.h); private elements are removed; attributes
// the table does not list are kept. The pixel data is not touched here.
//
// One anonymizer serves a whole disc: the same UID always becomes the same new UID and
// every date moves by the same offset, so the copy's files still refer to each other.
class DatasetAnonymizer {
public:
    // `patient`: the patient's names, IDs and birth date, to tell a harmless description
    // ("CT head") from one that names them, when descriptions are cleaned. May be null:
    // then cleaned descriptions are all emptied.
    DatasetAnonymizer(const exposure::AttributeCatalogue& catalogue, DeidOptions options,
                      const exposure::IdentityTokens* patient = nullptr);

    void anonymize(DcmDataset& dataset) const;
    // The file's meta header: its Media Storage SOP Instance UID gets the same new UID as the
    // dataset's SOP Instance UID (some damaged files have only the former).
    void anonymizeMetaHeader(DcmItem& meta) const;

    // Marks the dataset as the standard says (PS3.15 E.1.1, PS3.3 C.12.1.1.7): Patient
    // Identity Removed YES, De-identification Method in words, and the De-identification
    // Method Code Sequence with 113100 and the code of each option used; Longitudinal
    // Temporal Information Modified when dates moved.
    void markDeidentified(DcmDataset& dataset) const;

    const DeidOptions& options() const { return m_options; }

private:
    void anonymizeItem(DcmItem& item, const QByteArray& inheritedCharacterSet, int depth) const;

    const exposure::AttributeCatalogue& m_catalogue;
    DeidOptions m_options;
    UidMapper m_uids;
    const exposure::IdentityTokens* m_patient;
};

} // namespace scanshield::deid
