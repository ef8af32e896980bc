// The face in the exposure report: head volumes found from the index, other images left out.
#include "demo/DemoDisc.h"
#include "exposure/FaceExposure.h"
#include "media/DiscScanner.h"
#include "support/TestData.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace scanshield;

TEST(FaceExposure, TheDemoHeadCtIsTheOnlyFaceOnTheDisc)
{
    const QString disc = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    const media::ScanResult scan = media::DiscScanner().scan(disc);
    const QList<exposure::Finding> faces = exposure::faceFindings(scan.index);
    ASSERT_EQ(faces.size(), 1) << "the scouts, the ultrasound and the report are not volumes";
    EXPECT_EQ(faces.first().category, exposure::Category::Face);
    EXPECT_EQ(faces.first().files.size(), 100);
    EXPECT_EQ(faces.first().safeHarbor, QStringLiteral("face_photo")) << "a head scan: red";
    EXPECT_EQ(faces.first().plainName, QStringLiteral("A 3D scan of your head"));
}

TEST(FaceExposure, FindsTheRealHeadCtAndMri)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const media::ScanResult scan = media::DiscScanner().scan(test::sharedData(QStringLiteral("head_volumes")));
    const QList<exposure::Finding> faces = exposure::faceFindings(scan.index);
    ASSERT_EQ(faces.size(), 2);
    QList<int> sizes;
    for (const exposure::Finding& face : faces)
        sizes.append(int(face.files.size()));
    std::sort(sizes.begin(), sizes.end());
    EXPECT_EQ(sizes, (QList<int>{28, 176}));
}

TEST(FaceExposure, AVolumeWithoutHeadWordsIsOnlyAPossibleFace)
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

    const QList<exposure::Finding> faces = exposure::faceFindings(index);
    ASSERT_EQ(faces.size(), 1);
    EXPECT_TRUE(faces.first().safeHarbor.isEmpty()) << "amber, not red";
    EXPECT_EQ(faces.first().plainName, QStringLiteral("A 3D scan that may include your head"));
}
