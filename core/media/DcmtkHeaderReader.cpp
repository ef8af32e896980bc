#include "media/DcmtkHeaderReader.h"

#include "dicom/BoundedText.h"
#include "dicom/CharsetDecoder.h"
#include "dicom/DicomBytes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFileInfo>

namespace scanshield::media {

namespace {

QByteArray rawValue(DcmItem& item, const DcmTagKey& tag)
{
    return dicom::boundedText(item, tag).value_or(QByteArray());
}

// Some writers pad with NUL instead of space; a value of only padding is empty.
QString asciiValue(DcmItem& item, const DcmTagKey& tag)
{
    return QString::fromLatin1(rawValue(item, tag).replace('\0', "")).trimmed();
}

template <std::size_t N>
std::optional<std::array<double, N>> decimals(DcmItem& item, const DcmTagKey& tag)
{
    std::array<double, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        Float64 value = 0;
        if (item.findAndGetFloat64(tag, value, unsigned(i)).bad())
            return std::nullopt;
        values[i] = value;
    }
    return values;
}

bool looksLikeDicom(DcmFileFormat& file)
{
    if (file.getMetaInfo()->tagExists(DCM_MediaStorageSOPClassUID))
        return true;
    DcmDataset& dataset = *file.getDataset();
    for (const DcmTagKey& tag : {DCM_SOPClassUID, DCM_SOPInstanceUID, DCM_StudyInstanceUID,
                                 DCM_SeriesInstanceUID, DCM_PatientName, DCM_PatientID, DCM_Modality})
        if (dataset.tagExists(tag))
            return true;
    return false;
}

HeaderResult fromLoaded(dicom::LoadedDicom loaded)
{
    HeaderResult result;
    if (loaded.couldNotOpen) {
        result.outcome = HeaderOutcome::Unreadable;
        return result;
    }
    if (!loaded.readCompletely) {
        result.outcome = loaded.endedEarly ? HeaderOutcome::CutShort : HeaderOutcome::Damaged;
        result.detail = loaded.errorText;
        return result;
    }
    if (!looksLikeDicom(*loaded.file)) {
        result.outcome = HeaderOutcome::NotDicom;
        result.detail = QStringLiteral("no DICOM identification attributes found");
        return result;
    }
    result.outcome = HeaderOutcome::Ok;
    result.header = headerFromDcmtk(*loaded.file);
    return result;
}

} // namespace

InstanceHeader headerFromDcmtk(DcmFileFormat& file)
{
    DcmDataset& ds = *file.getDataset();
    DcmMetaInfo& meta = *file.getMetaInfo();
    const QByteArray charset = rawValue(ds, DCM_SpecificCharacterSet);
    const auto text = [&](const DcmTagKey& tag) {
        return dicom::decodeDicomText(rawValue(ds, tag), charset, false);
    };

    InstanceHeader h;
    h.specificCharacterSet = QString::fromLatin1(charset).trimmed();
    h.patientName = dicom::decodeDicomText(rawValue(ds, DCM_PatientName), charset, true);
    h.patientId = text(DCM_PatientID);
    h.patientBirthDate = asciiValue(ds, DCM_PatientBirthDate);
    h.patientSex = asciiValue(ds, DCM_PatientSex);
    h.studyInstanceUid = asciiValue(ds, DCM_StudyInstanceUID);
    h.studyDate = asciiValue(ds, DCM_StudyDate);
    h.studyTime = asciiValue(ds, DCM_StudyTime);
    h.studyDescription = text(DCM_StudyDescription);
    h.accessionNumber = text(DCM_AccessionNumber);
    h.seriesInstanceUid = asciiValue(ds, DCM_SeriesInstanceUID);
    h.modality = asciiValue(ds, DCM_Modality);
    h.seriesDescription = text(DCM_SeriesDescription);
    Sint32 number = 0;
    h.seriesNumber = ds.findAndGetSint32(DCM_SeriesNumber, number).good() ? int(number) : -1;
    h.instanceNumber = ds.findAndGetSint32(DCM_InstanceNumber, number).good() ? int(number) : -1;
    h.sopClassUid = asciiValue(ds, DCM_SOPClassUID);
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = asciiValue(meta, DCM_MediaStorageSOPClassUID);
    h.sopInstanceUid = asciiValue(ds, DCM_SOPInstanceUID);
    h.transferSyntaxUid = asciiValue(meta, DCM_TransferSyntaxUID);
    Uint16 value16 = 0;
    h.rows = ds.findAndGetUint16(DCM_Rows, value16).good() ? value16 : 0;
    h.columns = ds.findAndGetUint16(DCM_Columns, value16).good() ? value16 : 0;
    h.numberOfFrames = ds.findAndGetSint32(DCM_NumberOfFrames, number).good() && number > 0 ? int(number) : 1;
    h.hasPixelData = ds.tagExists(DCM_PixelData);
    h.burnedInAnnotation = asciiValue(ds, DCM_BurnedInAnnotation);
    h.imagePositionPatient = decimals<3>(ds, DCM_ImagePositionPatient);
    h.imageOrientationPatient = decimals<6>(ds, DCM_ImageOrientationPatient);
    return h;
}

HeaderResult readHeaderWithDcmtk(const QString& path)
{
    return fromLoaded(dicom::loadDicomFile(path));
}

HeaderResult readHeaderWithDcmtk(const QByteArray& bytes)
{
    return fromLoaded(dicom::loadDicomBytes(bytes));
}

} // namespace scanshield::media
