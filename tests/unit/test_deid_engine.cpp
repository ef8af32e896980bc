// The anonymizer's engine (core/deid): the standard's table applied to real DICOM datasets
// of the demo disc, consistent new UIDs, dates moved by one offset, and the marks the
// standard asks for. The exposure engine checks the result: nothing of the planted identity
// may be left.
#include "deid/AnonymizationPreview.h"
#include "deid/DatasetAnonymizer.h"
#include "deid/DateShift.h"
#include "deid/ProfileAction.h"
#include "deid/UidMapper.h"
#include "demo/DemoDisc.h"
#include "dicom/DicomBytes.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/DatasetWalk.h"
#include "exposure/ElementTally.h"
#include "exposure/FindingBuilder.h"
#include "exposure/FindingCollector.h"
#include "exposure/IdentityTokens.h"
#include "media/DiscScanner.h"
#include "support/TestData.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

QString valueOf(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str());
}

struct DemoDisc {
    QString dir;
    media::ScanResult scan;
};

const DemoDisc& demoDisc()
{
    static const DemoDisc disc = [] {
        DemoDisc d;
        d.dir = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
        EXPECT_TRUE(demo::writeDemoDisc(d.dir).ok);
        d.scan = media::DiscScanner().scan(d.dir);
        return d;
    }();
    return disc;
}

// The disc's files of one modality, in index order.
QStringList filesOf(const QString& modality)
{
    QStringList files;
    for (const media::PatientEntry& p : demoDisc().scan.index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                if (r.modality == modality)
                    for (const media::IndexedInstance& i : r.instances)
                        files.append(QDir(demoDisc().dir).filePath(i.path));
    return files;
}

// What the exposure engine still finds in an anonymized dataset, looking for the original's
// identifiers (not for the copy's own dummy values, which name nobody).
QList<exposure::Finding> findingsIn(DcmFileFormat& file)
{
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    exposure::ElementTally tally(catalogue);
    exposure::walkWithDcmtk(file, QStringLiteral("copy"), tally);
    const exposure::IdentityTokens tokens = exposure::IdentityTokens::fromIndex(demoDisc().scan.index);
    exposure::FindingCollector collector;
    exposure::addTallyFindings(tally, catalogue, tokens, collector);
    return collector.take();
}

} // namespace

TEST(UidMapper, GivesEachUidOneNewUidUnder225)
{
    const deid::UidMapper mapper(QByteArrayLiteral("a secret of the copy"));
    const QString a = mapper.map(QStringLiteral("1.2.826.0.1.3680043.2.1125.1"));
    EXPECT_EQ(a, mapper.map(QStringLiteral("1.2.826.0.1.3680043.2.1125.1")));
    EXPECT_NE(a, mapper.map(QStringLiteral("1.2.826.0.1.3680043.2.1125.2")));
    EXPECT_NE(a, deid::UidMapper(QByteArrayLiteral("another secret")).map(QStringLiteral("1.2.826.0.1.3680043.2.1125.1")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^2\\.25\\.[1-9][0-9]{0,38}$")).match(a).hasMatch()) << a.toStdString();
    EXPECT_LE(a.size(), 64);
    EXPECT_EQ(mapper.mapValue(QStringLiteral("1.2.3\\1.2.4 ")),
              mapper.map(QStringLiteral("1.2.3")) + QLatin1Char('\\') + mapper.map(QStringLiteral("1.2.4")));
}

TEST(DateShift, MovesDatesAndKeepsTheirIntervals)
{
    EXPECT_EQ(deid::shiftDate(QStringLiteral("20230314"), -10), QStringLiteral("20230304"));
    EXPECT_EQ(deid::shiftDate(QStringLiteral("20240301"), -1), QStringLiteral("20240229"));
    EXPECT_EQ(deid::shiftDate(QStringLiteral("20230101-20230314"), 1), QStringLiteral("20230102-20230315"));
    EXPECT_EQ(deid::shiftDate(QStringLiteral("-20230314"), 1), QStringLiteral("-20230315"));
    EXPECT_EQ(deid::shiftDate(QStringLiteral("20230314\\20230905"), -400), QStringLiteral("20220207\\20220801"));
    EXPECT_EQ(deid::shiftDateTime(QStringLiteral("20230314101500.5-0500"), 2), QStringLiteral("20230316101500.5-0500"));
    EXPECT_TRUE(deid::shiftDate(QStringLiteral("not a date"), 3).isEmpty()) << "what cannot be shifted does not survive";
}

TEST(ProfileAction, FollowsTheTableAndItsOptions)
{
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    deid::DeidOptions basic;
    basic.dates = deid::DateHandling::BasicProfile;
    basic.cleanDescriptors = false;
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00100010), basic), deid::Action::Empty) << "Patient's Name: Z";
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x0020000D), basic), deid::Action::ReplaceUid) << "Study Instance UID: U";
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00081030), basic), deid::Action::Remove) << "Study Description: X";

    deid::DeidOptions patient = deid::DeidOptions::patientDefault();
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00080020), patient), deid::Action::Clean) << "Study Date: shifted";
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00081030), patient), deid::Action::Clean) << "Study Description: cleaned";
    // A description of the person, not of the scan, goes even when it names nobody.
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x001021B0), patient), deid::Action::Remove) << "Additional Patient History";
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00321030), patient), deid::Action::Remove) << "Reason for Study";
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x00181030), patient), deid::Action::Clean) << "Protocol Name: of the scan";
    patient.retainUids = true;
    EXPECT_EQ(deid::actionFor(*catalogue.find(0x0020000D), patient), deid::Action::Keep);
}

// The head CT and the ultrasound of the demo disc, anonymized with the patients' default:
// nothing of the planted identity is left, while what a viewer or a researcher needs is.
TEST(DatasetAnonymizer, LeavesNothingOfThePatientInTheDemoDiscFiles)
{
    const QStringList ct = filesOf(QStringLiteral("CT"));
    const QStringList us = filesOf(QStringLiteral("US"));
    ASSERT_GE(ct.size(), 2);
    ASSERT_GE(us.size(), 1);
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(demoDisc().scan.index);
    const deid::DeidOptions options = deid::DeidOptions::patientDefault();
    ASSERT_NE(options.dateShiftDays, 0);
    const deid::DatasetAnonymizer anonymizer(exposure::AttributeCatalogue::embedded(), options, &patient);
    const demo::DemoIdentity& identity = demo::demoIdentity();

    QString firstStudyUid;
    for (const QString& path : {ct[0], ct[1], us[0]}) {
        SCOPED_TRACE(path.toStdString());
        const dicom::LoadedDicom original = dicom::loadDicomFile(path);
        const dicom::LoadedDicom copy = dicom::loadDicomFile(path);
        ASSERT_TRUE(original.file && copy.file);
        DcmDataset& before = *original.file->getDataset();
        DcmDataset& after = *copy.file->getDataset();
        anonymizer.anonymize(after);
        anonymizer.markDeidentified(after);

        for (const exposure::Finding& f : findingsIn(*copy.file)) {
            const std::string what = (f.attribute + " " + f.standardName + " = " + f.value).toStdString();
            EXPECT_FALSE(f.value.contains(QStringLiteral("Mustermann"), Qt::CaseInsensitive)) << what;
            EXPECT_FALSE(f.value.contains(identity.patientId)) << what;
            EXPECT_FALSE(f.value.contains(identity.otherPatientId)) << what;
            EXPECT_FALSE(f.value.contains(identity.birthDate)) << what;
            EXPECT_FALSE(f.value.contains(identity.institution, Qt::CaseInsensitive)) << what;
            EXPECT_TRUE(f.mentions.isEmpty()) << what;
            EXPECT_NE(f.category, exposure::Category::Private) << what;
        }
        // What is kept: the kind of object, the modality, the picture and its geometry.
        EXPECT_EQ(valueOf(after, DCM_SOPClassUID), valueOf(before, DCM_SOPClassUID));
        EXPECT_EQ(valueOf(after, DCM_Modality), valueOf(before, DCM_Modality));
        EXPECT_EQ(valueOf(after, DCM_Rows), valueOf(before, DCM_Rows));
        EXPECT_EQ(valueOf(after, DCM_ImagePositionPatient), valueOf(before, DCM_ImagePositionPatient));
        DcmElement* beforePixels = nullptr;
        DcmElement* afterPixels = nullptr;
        ASSERT_TRUE(before.findAndGetElement(DCM_PixelData, beforePixels).good());
        ASSERT_TRUE(after.findAndGetElement(DCM_PixelData, afterPixels).good());
        EXPECT_EQ(afterPixels->getLength(), beforePixels->getLength());
        // New UIDs, and dates moved by the one offset.
        EXPECT_NE(valueOf(after, DCM_SOPInstanceUID), valueOf(before, DCM_SOPInstanceUID));
        EXPECT_TRUE(valueOf(after, DCM_StudyInstanceUID).startsWith(QStringLiteral("2.25.")));
        EXPECT_EQ(valueOf(after, DCM_StudyDate), deid::shiftDate(valueOf(before, DCM_StudyDate), options.dateShiftDays));
        // The marks of a de-identified object.
        EXPECT_EQ(valueOf(after, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
        DcmItem* firstCode = nullptr;
        ASSERT_TRUE(after.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, firstCode, 0).good());
        EXPECT_EQ(valueOf(*firstCode, DCM_CodeValue), QStringLiteral("113100"));
        EXPECT_EQ(valueOf(after, DCM_LongitudinalTemporalInformationModified), QStringLiteral("MODIFIED"));
        if (path == ct[0]) {
            firstStudyUid = valueOf(after, DCM_StudyInstanceUID);
        } else if (path == ct[1]) {
            EXPECT_EQ(valueOf(after, DCM_StudyInstanceUID), firstStudyUid) << "one study stays one study";
        }
    }
}

// A harmless description stays, one that names the patient goes.
TEST(DatasetAnonymizer, KeepsHarmlessDescriptionsOnly)
{
    const QStringList ct = filesOf(QStringLiteral("CT"));
    ASSERT_FALSE(ct.isEmpty());
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(demoDisc().scan.index);
    const deid::DatasetAnonymizer anonymizer(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault(), &patient);
    const dicom::LoadedDicom copy = dicom::loadDicomFile(ct.back());
    ASSERT_TRUE(copy.file);
    DcmDataset& dataset = *copy.file->getDataset();
    const QString studyDescription = valueOf(dataset, DCM_StudyDescription);
    ASSERT_FALSE(studyDescription.isEmpty());
    dataset.putAndInsertString(DCM_ImageComments, "Erika Mustermann moved during the scan");
    anonymizer.anonymize(dataset);
    EXPECT_EQ(valueOf(dataset, DCM_StudyDescription), studyDescription) << "'CT Kopf nativ' names nobody";
    EXPECT_TRUE(valueOf(dataset, DCM_ImageComments).isEmpty());
}

// The before/after a person sees in the safe-copy wizard: the name and the birth date
// change, the kind of scan stays, the marks of an anonymized copy are added, the pixels are
// never listed, and the file itself is not touched.
TEST(AnonymizationPreview, ShowsWhatChangesInOneFileWithoutChangingIt)
{
    const QStringList ct = filesOf(QStringLiteral("CT"));
    ASSERT_FALSE(ct.isEmpty());
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(demoDisc().scan.index);
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    const deid::DatasetAnonymizer anonymizer(catalogue, deid::DeidOptions::patientDefault(), &patient);
    const dicom::LoadedDicom file = dicom::loadDicomFile(ct.back());
    ASSERT_TRUE(file.file);
    const DcmDataset& dataset = *file.file->getDataset();

    const QList<deid::AttributeChange> rows = deid::previewAnonymization(dataset, anonymizer, catalogue);
    QHash<QString, deid::AttributeChange> byTag;
    for (const deid::AttributeChange& row : rows)
        byTag.insert(row.tag, row);
    ASSERT_TRUE(byTag.contains(QStringLiteral("(0010,0010)")));
    const deid::AttributeChange name = byTag.value(QStringLiteral("(0010,0010)"));
    EXPECT_TRUE(name.before.contains(QStringLiteral("Mustermann"))) << name.before.toStdString();
    EXPECT_FALSE(name.after.contains(QStringLiteral("Mustermann"))) << name.after.toStdString();
    EXPECT_NE(name.kind, deid::AttributeChange::Kind::Kept);
    EXPECT_FALSE(name.name.isEmpty());
    EXPECT_NE(byTag.value(QStringLiteral("(0010,0030)")).kind, deid::AttributeChange::Kind::Kept) << "birth date";
    EXPECT_EQ(byTag.value(QStringLiteral("(0008,0060)")).kind, deid::AttributeChange::Kind::Kept) << "modality";
    EXPECT_EQ(byTag.value(QStringLiteral("(0008,0060)")).after, QStringLiteral("CT"));
    EXPECT_EQ(byTag.value(QStringLiteral("(0012,0062)")).kind, deid::AttributeChange::Kind::Added);
    EXPECT_EQ(byTag.value(QStringLiteral("(0012,0062)")).after, QStringLiteral("YES"));
    EXPECT_FALSE(byTag.contains(QStringLiteral("(7FE0,0010)"))) << "pixels are not a row";
    // Changes first, then what stays.
    bool seenKept = false;
    for (const deid::AttributeChange& row : rows) {
        if (row.kind == deid::AttributeChange::Kind::Kept)
            seenKept = true;
        else
            EXPECT_FALSE(seenKept) << row.tag.toStdString() << " comes after a kept attribute";
    }
    EXPECT_TRUE(valueOf(*file.file->getDataset(), DCM_PatientName).contains(QStringLiteral("Mustermann")))
        << "the preview works on a copy in memory";
}
