#include "demo/DemoDataset.h"

#include "demo/DemoDisc.h"
#include "demo/DemoDiscText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <array>

namespace scanshield::demo::detail {

namespace {

// A fixed root under 2.25 (a UUID written as one decimal integer). Everything below it is ours:
// .1 studies, .2 series, .3 instances, .4 frames of reference, .5 the DICOMDIR, .9 referenced
// patient records.
const char* const kUidRoot = "2.25.271828182845904523536028747135266249";

// The vendor whose private block every file carries. Real scanners hide patient names and IDs
// in such blocks, so a privacy scanner must look there too.
const char* const kPrivateCreator = "FICTIONAL MEDICAL 1.0";

QString uid(const QString& suffix) { return QString::fromLatin1(kUidRoot) + suffix; }

QString charsetTerm(Charset charset)
{
    return charset == Charset::Utf8 ? QStringLiteral("ISO_IR 192") : QStringLiteral("ISO_IR 100");
}

void addPatientModule(DcmItem& ds, const StudyPlan& study)
{
    const DemoIdentity& id = demoIdentity();
    const Charset cs = study.charset;
    putText(ds, DCM_PatientName, id.patientName, cs);
    putText(ds, DCM_PatientID, id.patientId, cs);
    putText(ds, DCM_IssuerOfPatientID, "FICTIONAL GENERAL HOSPITAL");
    putText(ds, DCM_PatientBirthDate, id.birthDate, cs);
    putText(ds, DCM_PatientSex, "F");
    putText(ds, DCM_PatientAge, study.patientAge, cs);
    putText(ds, DCM_PatientSize, "1.68");
    putText(ds, DCM_PatientWeight, "64");
    putText(ds, DCM_PatientAddress, id.address, cs);
    putText(ds, DCM_PatientTelephoneNumbers, id.phone, cs);
    putText(ds, DCM_PatientMotherBirthName, "Beispiel^Maria");
    putText(ds, DCM_PatientComments, "Contact in emergencies: daughter Lena Mustermann, 555-0143");
    putText(ds, DCM_AdditionalPatientHistory,
            QStringLiteral("%1 reports headaches for two weeks").arg(id.patientNameReadable), cs);
    if (DcmItem* other = appendItem(ds, DCM_OtherPatientIDsSequence)) {
        putText(*other, DCM_PatientID, id.otherPatientId, cs);
        putText(*other, DCM_IssuerOfPatientID, "FICTIONAL HEALTH INSURANCE");
        putText(*other, DCM_TypeOfPatientID, "TEXT");
    }
}

void addStudyModule(DcmItem& ds, const SeriesPlan& series)
{
    const DemoIdentity& id = demoIdentity();
    const StudyPlan& study = *series.study;
    const Charset cs = study.charset;
    const QString accession = study.accessionNumber;
    putText(ds, DCM_StudyInstanceUID, studyUid(study), cs);
    putText(ds, DCM_StudyDate, study.date, cs);
    putText(ds, DCM_StudyTime, study.time, cs);
    putText(ds, DCM_StudyID, QString::number(study.number), cs);
    putText(ds, DCM_AccessionNumber, accession, cs);
    putText(ds, DCM_StudyDescription, study.description, cs);
    putText(ds, DCM_ReferringPhysicianName, id.referringPhysician, cs);
    putText(ds, DCM_NameOfPhysiciansReadingStudy, id.performingPhysician, cs);
    putText(ds, DCM_RequestingPhysician, id.referringPhysician, cs);
    if (DcmItem* who = appendItem(ds, DCM_ReferringPhysicianIdentificationSequence)) {
        putText(*who, DCM_InstitutionName, "Praxis Dr. Mueller, Beispielstadt");
        if (DcmItem* code = appendItem(*who, DCM_PersonIdentificationCodeSequence)) {
            putText(*code, DCM_CodeValue, "LANR-5550147");
            putText(*code, DCM_CodingSchemeDesignator, "L");
            putText(*code, DCM_CodeMeaning, QStringLiteral("Dr. J. M\u00fcller"), cs);
        }
    }
    // A reference to the hospital's patient record: not identifying by itself, but one more
    // level of nesting that an anonymizer has to walk.
    if (DcmItem* patient = appendItem(ds, DCM_ReferencedPatientSequence)) {
        putText(*patient, DCM_ReferencedSOPClassUID, UID_RETIRED_DetachedPatientManagementSOPClass);
        putText(*patient, DCM_ReferencedSOPInstanceUID,
                uid(QStringLiteral(".9.%1").arg(study.number)), cs);
    }
}

void addSeriesModule(DcmItem& ds, const SeriesPlan& series)
{
    const DemoIdentity& id = demoIdentity();
    const StudyPlan& study = *series.study;
    const Charset cs = study.charset;
    putText(ds, DCM_Modality, series.modality, cs);
    putText(ds, DCM_SeriesInstanceUID, seriesUid(series), cs);
    putText(ds, DCM_SeriesNumber, QString::number(series.number), cs);
    putText(ds, DCM_SeriesDate, study.date, cs);
    putText(ds, DCM_SeriesTime, series.time, cs);
    putText(ds, DCM_SeriesDescription, series.description, cs);
    putText(ds, DCM_BodyPartExamined, series.bodyPart, cs);
    putText(ds, DCM_ProtocolName, series.description, cs);
    putText(ds, DCM_PerformingPhysicianName, id.performingPhysician, cs);
    putText(ds, DCM_OperatorsName, id.operatorName, cs);
    putText(ds, DCM_PerformedProcedureStepID,
            QStringLiteral("PPS-%1-%2").arg(study.date).arg(series.number), cs);
    putText(ds, DCM_PerformedProcedureStepStartDate, study.date, cs);
    putText(ds, DCM_PerformedProcedureStepStartTime, series.time, cs);
    putText(ds, DCM_PerformedProcedureStepDescription, study.description, cs);
    if (DcmItem* request = appendItem(ds, DCM_RequestAttributesSequence)) {
        putText(*request, DCM_RequestedProcedureID, study.requestedProcedureId, cs);
        putText(*request, DCM_AccessionNumber, study.accessionNumber, cs);
        putText(*request, DCM_StudyInstanceUID, studyUid(study), cs);
        putText(*request, DCM_RequestedProcedureDescription, study.description, cs);
        putText(*request, DCM_ReasonForTheRequestedProcedure, study.reasonForRequest, cs);
        putText(*request, DCM_ScheduledProcedureStepID,
                QStringLiteral("SPS-%1").arg(study.requestedProcedureId), cs);
        putText(*request, DCM_ScheduledProcedureStepDescription, study.description, cs);
    }
}

void addEquipmentModule(DcmItem& ds, const SeriesPlan& series)
{
    const DemoIdentity& id = demoIdentity();
    const Charset cs = series.study->charset;
    putText(ds, DCM_Manufacturer, "Fictional Medical Systems");
    putText(ds, DCM_ManufacturerModelName, series.manufacturerModel, cs);
    putText(ds, DCM_InstitutionName, id.institution, cs);
    putText(ds, DCM_InstitutionAddress, "Beispielweg 1, 12345 Beispielstadt, Fictionland");
    putText(ds, DCM_InstitutionalDepartmentName, "Radiology");
    putText(ds, DCM_StationName, series.stationName, cs);
    // The CT carries the identity's serial number; other devices get their own.
    putText(ds, DCM_DeviceSerialNumber,
            series.modality == QLatin1String("US") ? QStringLiteral("SN-555-0277")
                                                   : id.deviceSerial,
            cs);
    putText(ds, DCM_SoftwareVersions, "FMS 4.2.1");
}

// A correction that the hospital's archive recorded: the old (misspelt) name and birth date
// survive inside OriginalAttributesSequence > ModifiedAttributesSequence, two levels deep.
void addOriginalAttributes(DcmItem& ds, const StudyPlan& study)
{
    DcmItem* original = appendItem(ds, DCM_OriginalAttributesSequence);
    if (original == nullptr)
        return;
    putText(*original, DCM_SourceOfPreviousValues, "");
    putText(*original, DCM_AttributeModificationDateTime,
            study.date + QStringLiteral("113000"), study.charset);
    putText(*original, DCM_ModifyingSystem, "FICT-PACS");
    putText(*original, DCM_ReasonForTheAttributeModification, "CORRECT");
    if (DcmItem* modified = appendItem(*original, DCM_ModifiedAttributesSequence)) {
        putText(*modified, DCM_PatientName, "MUSTERMAN^ERIKA");
        putText(*modified, DCM_PatientBirthDate, "19610421");
    }
}

// The vendor's private block in group 0009: a creator, the name and ID as text, a binary
// blob that embeds the birth date, and a private sequence holding the name once more.
void addPrivateBlock(DcmItem& ds, const StudyPlan& study)
{
    const DemoIdentity& id = demoIdentity();
    const Charset cs = study.charset;
    putText(ds, DcmTag(0x0009, 0x0010, EVR_LO), kPrivateCreator);
    putText(ds, DcmTag(0x0009, 0x1001, EVR_LO), id.patientName, cs);
    putText(ds, DcmTag(0x0009, 0x1002, EVR_LO), id.patientId, cs);
    putText(ds, DcmTag(0x0009, 0x1005, EVR_DS), "3.5");

    std::array<Uint8, 64> blob{};
    const QByteArray header = QByteArray("FMS1") + id.birthDate.toLatin1();
    for (std::size_t i = 0; i < blob.size(); ++i) {
        blob[i] = i < static_cast<std::size_t>(header.size())
                      ? static_cast<Uint8>(header.at(static_cast<qsizetype>(i)))
                      : static_cast<Uint8>((i * 37u + 11u) & 0xffu);
    }
    ds.putAndInsertUint8Array(DcmTag(0x0009, 0x1003, EVR_OB), blob.data(),
                              static_cast<unsigned long>(blob.size()));

    auto* sequence = new DcmSequenceOfItems(DcmTag(0x0009, 0x1004, EVR_SQ));
    auto* item = new DcmItem();
    putText(*item, DcmTag(0x0009, 0x0010, EVR_LO), kPrivateCreator);
    putText(*item, DcmTag(0x0009, 0x1010, EVR_LO), id.patientNameReadable.toUpper(), cs);
    putText(*item, DcmTag(0x0009, 0x1011, EVR_LO), id.operatorName, cs);
    sequence->append(item);
    if (ds.insert(sequence, true).bad())
        delete sequence;
}

} // namespace

QString studyUid(const StudyPlan& study) { return uid(QStringLiteral(".1.%1").arg(study.number)); }

QString seriesUid(const SeriesPlan& series)
{
    return uid(QStringLiteral(".2.%1.%2").arg(series.study->number).arg(series.number));
}

QString instanceUid(const SeriesPlan& series, int instanceNumber)
{
    return uid(QStringLiteral(".3.%1.%2.%3")
                   .arg(series.study->number)
                   .arg(series.number)
                   .arg(instanceNumber));
}

QString frameOfReferenceUid(const SeriesPlan& series)
{
    // One frame of reference per study: the localizers and the axial series share it.
    return uid(QStringLiteral(".4.%1").arg(series.study->number));
}

QString dicomDirUid() { return uid(QStringLiteral(".5.1")); }

QString instancePath(const SeriesPlan& series, int instanceNumber)
{
    // ISO 9660 level 1 style: upper case, no extension, at most eight characters a component.
    return QStringLiteral("DICOM/ST%1/SE%2/IM%3")
        .arg(series.study->number, 6, 10, QLatin1Char('0'))
        .arg(series.number, 6, 10, QLatin1Char('0'))
        .arg(instanceNumber, 6, 10, QLatin1Char('0'));
}

void putText(DcmItem& item, const DcmTag& tag, const QString& value, Charset charset)
{
    const QByteArray bytes = charset == Charset::Utf8 ? value.toUtf8() : value.toLatin1();
    item.putAndInsertString(tag, bytes.constData());
}

void putText(DcmItem& item, const DcmTag& tag, const char* value)
{
    item.putAndInsertString(tag, value);
}

DcmItem* appendItem(DcmItem& parent, const DcmTag& sequenceTag)
{
    DcmItem* item = nullptr;
    parent.findOrCreateSequenceItem(sequenceTag, item, -2); // -2: append a new item
    return item;
}

void addCommonModules(DcmItem& dataset, const SeriesPlan& series, int instanceNumber)
{
    const StudyPlan& study = *series.study;
    putText(dataset, DCM_SpecificCharacterSet, charsetTerm(study.charset), study.charset);
    putText(dataset, DCM_SOPClassUID, series.sopClassUid, study.charset);
    putText(dataset, DCM_SOPInstanceUID, instanceUid(series, instanceNumber), study.charset);
    putText(dataset, DCM_InstanceCreationDate, study.date, study.charset);
    putText(dataset, DCM_InstanceCreationTime, series.time, study.charset);
    putText(dataset, DCM_TimezoneOffsetFromUTC,
            study.date.mid(4, 2).toInt() >= 4 ? "+0200" : "+0100");
    addPatientModule(dataset, study);
    addStudyModule(dataset, series);
    addSeriesModule(dataset, series);
    addEquipmentModule(dataset, series);
    if (study.number == 1)
        addOriginalAttributes(dataset, study);
    addPrivateBlock(dataset, study);
}

void addImageModules(DcmItem& ds, const SeriesPlan& series, int instanceNumber,
                     const PixelLayout& layout, const char* imageType, bool burnedInText)
{
    const StudyPlan& study = *series.study;
    const Charset cs = study.charset;
    putText(ds, DCM_InstanceNumber, QString::number(instanceNumber), cs);
    putText(ds, DCM_ImageType, imageType);
    putText(ds, DCM_AcquisitionNumber, "1");
    putText(ds, DCM_ContentDate, study.date, cs);
    putText(ds, DCM_ContentTime, series.time, cs);
    putText(ds, DCM_AcquisitionDate, study.date, cs);
    putText(ds, DCM_AcquisitionTime, series.time, cs);
    putText(ds, DCM_ImageComments,
            QStringLiteral("%1, see previous images").arg(demoIdentity().patientNameReadable), cs);
    putText(ds, DCM_BurnedInAnnotation, burnedInText ? "YES" : "NO");
    putText(ds, DCM_LossyImageCompression, "00");

    ds.putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(layout.samplesPerPixel));
    putText(ds, DCM_PhotometricInterpretation, layout.photometric);
    if (layout.samplesPerPixel > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(layout.rows));
    ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(layout.columns));
    ds.putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(layout.bitsAllocated));
    ds.putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(layout.bitsStored));
    ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(layout.bitsStored - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, layout.isSigned ? 1 : 0);
}

QString saveInstance(DcmFileFormat& file, const QString& discRoot, const QString& relativePath,
                     E_TransferSyntax transferSyntax)
{
    const QString path = QDir(discRoot).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return DemoDiscText::tr("Could not create the folder for %1.").arg(relativePath);

    DcmDataset* dataset = file.getDataset();
    if (DcmXfer(transferSyntax).isEncapsulated()) {
        const OFCondition encoded = dataset->chooseRepresentation(transferSyntax, nullptr);
        if (encoded.bad() || !dataset->canWriteXfer(transferSyntax))
            return DemoDiscText::tr("Could not compress %1: %2")
                .arg(relativePath, QString::fromLocal8Bit(encoded.text()));
    }
    const OFCondition saved = file.saveFile(OFFilename(QFile::encodeName(path).constData()),
                                            transferSyntax, EET_ExplicitLength, EGL_withoutGL);
    if (saved.bad())
        return DemoDiscText::tr("Could not write %1: %2")
            .arg(relativePath, QString::fromLocal8Bit(saved.text()));
    return {};
}

} // namespace scanshield::demo::detail
