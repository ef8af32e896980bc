#pragma once

#include <QString>

namespace scanshield::media {

// Words for people instead of DICOM codes.

// "CT scan", "MRI scan", "Ultrasound", "X-ray"... for a Modality code; the code itself when unknown.
QString modalityInWords(const QString& modality);

// A series as a person names it: "CT scan: Head 2.0", or "CT scan" without a description.
QString seriesInWords(const QString& modality, const QString& description);

// "12 March 2025" for "20250312", month named in the current language; the raw text when it
// is not a valid DICOM date.
QString dicomDateInWords(const QString& dicomDate);

} // namespace scanshield::media
