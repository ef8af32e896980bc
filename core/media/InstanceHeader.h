#pragma once

#include <QString>

#include <array>
#include <optional>

namespace scanshield::media {

// The few attributes of one DICOM file that the disc index needs, read from its header only
// (never its pixel data). Text is already decoded to Unicode from its SpecificCharacterSet.
struct InstanceHeader {
    QString patientName;   // as DICOM writes it: "Yamada^Tarou=山田^太郎"
    QString patientId;
    QString patientBirthDate;
    QString patientSex;

    QString studyInstanceUid;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;

    QString seriesInstanceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = -1;

    QString sopClassUid;
    QString sopInstanceUid;
    int instanceNumber = -1;
    QString transferSyntaxUid;
    QString specificCharacterSet;

    int rows = 0;
    int columns = 0;
    int numberOfFrames = 1;
    bool hasPixelData = false;
    // (0028,0301) Burned In Annotation as written ("YES", "NO"), empty when absent: whether the
    // writer says text that identifies the patient is drawn into the pixels.
    QString burnedInAnnotation;
    std::optional<std::array<double, 3>> imagePositionPatient;
    std::optional<std::array<double, 6>> imageOrientationPatient;

    // True for a DICOMDIR or a vendor directory file (Media Storage Directory SOP class).
    bool isMediaDirectory() const;
    // True when the object carries a picture (rows and columns set).
    bool isImage() const { return rows > 0 && columns > 0; }
};

inline constexpr const char* kMediaStorageDirectorySopClass = "1.2.840.10008.1.3.10";

inline bool InstanceHeader::isMediaDirectory() const
{
    return sopClassUid == QLatin1String(kMediaStorageDirectorySopClass);
}

} // namespace scanshield::media
