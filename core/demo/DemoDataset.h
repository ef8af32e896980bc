#pragma once

// Shared building blocks for the demo disc's DICOM files: the study and series plan, the fixed
// UIDs, and the modules every file carries (patient, study, series, equipment, SOP common and
// the vendor's private block). Each series writer adds only what is particular to its modality,
// so the identifiers a privacy scanner must find are planted the same way in every file.

#include <QString>
#include <QStringList>

#include <dcmtk/dcmdata/dcxfer.h>

#include <vector>

class DcmItem;
class DcmFileFormat;
class DcmTag;

namespace scanshield::demo::detail {

// The character set a study is written in. Study 1 is UTF-8 (ISO_IR 192), study 2 Latin-1
// (ISO_IR 100), so the same referring physician "Müller" appears in two encodings on one disc.
enum class Charset { Latin1, Utf8 };

struct StudyPlan {
    int number = 1; // StudyID and the ST00000n folder
    QString date;   // YYYYMMDD
    QString time;   // HHMMSS
    QString description;
    QString accessionNumber;
    QString requestedProcedureId;
    QString reasonForRequest; // free text that names the patient, as real orders often do
    QString patientAge;       // nnnY on the study date
    Charset charset = Charset::Latin1;
};

struct SeriesPlan {
    const StudyPlan* study = nullptr;
    int number = 1; // SeriesNumber and the SE00000n folder
    QString modality;
    QString description;
    QString bodyPart;
    QString time; // series start time, HHMMSS
    QString sopClassUid;
    QString stationName;
    QString manufacturerModel;
};

// Deterministic UIDs under one fixed 2.25 root, so two runs write identical files.
QString studyUid(const StudyPlan& study);
QString seriesUid(const SeriesPlan& series);
QString instanceUid(const SeriesPlan& series, int instanceNumber);
QString frameOfReferenceUid(const SeriesPlan& series);
// The DICOMDIR's own instance UID (its Media Storage SOP Instance UID).
QString dicomDirUid();

// Relative path of an instance on the disc, e.g. "DICOM/ST000001/SE000002/IM000017".
QString instancePath(const SeriesPlan& series, int instanceNumber);

// Stores a text value encoded in the given character set (UTF-8 or Latin-1).
void putText(DcmItem& item, const DcmTag& tag, const QString& value, Charset charset);
void putText(DcmItem& item, const DcmTag& tag, const char* value);

// Appends a new, empty item to the sequence `sequenceTag` of `parent` (creating the sequence).
DcmItem* appendItem(DcmItem& parent, const DcmTag& sequenceTag);

// Patient, general study, general series, general equipment, SOP common, the request and
// referenced-patient nesting and the vendor's private block. Dates and times come from the plan.
void addCommonModules(DcmItem& dataset, const SeriesPlan& series, int instanceNumber);

// General image module plus the image-pixel description (no pixel data).
struct PixelLayout {
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 8;
    int bitsStored = 8;
    bool isSigned = false;
    const char* photometric = "MONOCHROME2";
};
void addImageModules(DcmItem& dataset, const SeriesPlan& series, int instanceNumber,
                     const PixelLayout& layout, const char* imageType, bool burnedInText);

// Writes a Part 10 file (meta header from the dataset's SOP class and instance UIDs), encoding
// to `transferSyntax` first when it is a compressed one. Returns an empty string on success,
// otherwise a sentence naming the file and DCMTK's reason.
QString saveInstance(DcmFileFormat& file, const QString& discRoot, const QString& relativePath,
                     E_TransferSyntax transferSyntax = EXS_LittleEndianExplicit);

} // namespace scanshield::demo::detail
