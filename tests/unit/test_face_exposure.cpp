// The face in the exposure report: head volumes found by their geometry and their faces looked
// for on the rebuilt skin; the quick look of a copy's check from the index and descriptions.
#include "demo/DemoDisc.h"
#include "exposure/FaceExposure.h"
#include "media/DiscScanner.h"
#include "support/DiscScanHelpers.h"
#include "support/TestData.h"

#include <QDir>
#include <QMap>

#include <gtest/gtest.h>

#include <algorithm>

using namespace scanshield;

TEST(FaceExposure, TheDemoHeadCtIsTheOnlyFaceOnTheDisc)
{
    const QString disc = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    const test::OpenedDisc opened = test::openDisc(disc);
    ASSERT_TRUE(opened.source);
    const QList<exposure::Finding> faces = exposure::faceFindings(opened.scan.index, *opened.source);
    ASSERT_EQ(faces.size(), 1) << "the scouts, the ultrasound and the report are not volumes";
    EXPECT_EQ(faces.first().category, exposure::Category::Face);
    EXPECT_EQ(faces.first().files.size(), 100);
    EXPECT_EQ(faces.first().safeHarbor, QStringLiteral("face_photo")) << "a face found on it: red";
    EXPECT_EQ(faces.first().plainName, QStringLiteral("Your face, in a 3D scan of your head"));
    EXPECT_TRUE(faces.first().explanation.contains(QStringLiteral("4 of nose, eyes, lips and chin found")))
        << faces.first().explanation.toStdString();
}

// Both real head volumes hold a face: the MRI a whole one, the tilted CT, which starts in the
// middle of the nose, the eyes and the brows (the upper face).
TEST(FaceExposure, FindsTheFacesOfTheRealHeadCtAndMri)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const test::OpenedDisc opened = test::openDisc(test::sharedData(QStringLiteral("head_volumes")));
    ASSERT_TRUE(opened.source);
    const QList<exposure::Finding> faces = exposure::faceFindings(opened.scan.index, *opened.source);
    ASSERT_EQ(faces.size(), 2);
    QMap<int, QString> explanationBySize;
    for (const exposure::Finding& face : faces) {
        EXPECT_EQ(face.safeHarbor, QStringLiteral("face_photo")) << face.explanation.toStdString();
        explanationBySize.insert(int(face.files.size()), face.explanation);
    }
    ASSERT_EQ(explanationBySize.keys(), (QList<int>{28, 176}));
    EXPECT_TRUE(explanationBySize[28].contains(QStringLiteral("The nose is not in this scan"))) << explanationBySize[28].toStdString();
    EXPECT_TRUE(explanationBySize[176].contains(QStringLiteral("nose, eyes, lips and chin found"))) << explanationBySize[176].toStdString();
}

// A volume whose rebuilt skin has no face gives no finding, whatever it is called: the top 31
// slices of the demo head (60 mm, above the eyes) stand for a brain scan that leaves the face out.
TEST(FaceExposure, AVolumeWithoutAFaceIsNotReported)
{
    const QString disc = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    test::OpenedDisc opened = test::openDisc(disc);
    ASSERT_TRUE(opened.source);
    for (media::PatientEntry& patient : opened.scan.index.patients)
        for (media::StudyEntry& study : patient.studies)
            for (media::SeriesEntry& series : study.series)
                if (series.instances.size() == 100) {
                    std::sort(series.instances.begin(), series.instances.end(), [](const auto& a, const auto& b) {
                        return (*a.header.imagePositionPatient)[2] > (*b.header.imagePositionPatient)[2];
                    });
                    series.instances.resize(31); // the highest 31 of the 100 slices
                    series.description = QStringLiteral("Kopf 2.0 H31s");
                }
    const QList<exposure::Finding> faces = exposure::faceFindings(opened.scan.index, *opened.source);
    EXPECT_TRUE(faces.isEmpty()) << faces.first().explanation.toStdString();
}

TEST(QuickFaceExposure, AVolumeWithoutHeadWordsIsOnlyAPossibleFace)
{
    media::DiscIndex index;
    media::PatientEntry patient;
    media::StudyEntry study;
    study.description = QStringLiteral("CT Thorax");
    media::SeriesEntry series;
    series.modality = QStringLiteral("CT");
    series.description = QStringLiteral("Lung 1.0");
    for (int i = 0; i < 40; ++i) {
        media::IndexedInstance instance;
        instance.path = QStringLiteral("IM%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.header.rows = instance.header.columns = 512;
        instance.header.imagePositionPatient = std::array<double, 3>{0, 0, 2.0 * i};
        instance.header.imageOrientationPatient = std::array<double, 6>{1, 0, 0, 0, 1, 0};
        series.instances.append(instance);
    }
    study.series.append(series);
    // A thin stack is not a volume.
    media::SeriesEntry thin = series;
    thin.instances.resize(10);
    study.series.append(thin);
    patient.studies.append(study);
    index.patients.append(patient);

    const QList<exposure::Finding> faces = exposure::quickFaceFindings(index);
    ASSERT_EQ(faces.size(), 1);
    EXPECT_TRUE(faces.first().safeHarbor.isEmpty()) << "amber, not red";
    EXPECT_EQ(faces.first().plainName, QStringLiteral("A 3D scan that may include your head"));
}
