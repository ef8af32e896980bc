// The face pass over a disc (core/volume/FacePass): the real head MRI shows a whole face; the
// real tilted head CT ends in the middle of the nose, yet holds the forehead and the eyes, and
// a face not measured is never called absent.
#include "media/DiscScanner.h"
#include "support/TestData.h"
#include "volume/FacePass.h"

#include <gtest/gtest.h>

using namespace scanshield;

TEST(FacePass, FindsTheFaceInBothRealHeadVolumes)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString path = test::sharedData(QStringLiteral("head_volumes"));
    const media::ScanResult scan = media::DiscScanner().scan(path);
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    ASSERT_TRUE(source) << error.toStdString();
    volume::FacePass pass;
    pass.setPictureSize(64);
    const QList<volume::SeriesFace> faces = pass.run(scan.index, *source);
    ASSERT_EQ(faces.size(), 2);
    for (const volume::SeriesFace& face : faces) {
        SCOPED_TRACE(face.modality.toStdString());
        EXPECT_TRUE(face.headVolume.isHeadVolume);
        EXPECT_TRUE(face.faceVisible) << face.problem.toStdString();
        EXPECT_FALSE(face.front.isEmpty());
        EXPECT_FALSE(face.side90.isEmpty());
        if (face.modality == QLatin1String("MR")) {
            EXPECT_TRUE(face.side.confirmed) << "the MPRAGE shows the whole face, nose included";
            EXPECT_EQ(face.measures.landmarksFound, 4);
        } else {
            EXPECT_FALSE(face.side.confirmed) << "the CT stops in the middle of the nose";
            EXPECT_TRUE(face.problem.contains(QStringLiteral("reaches down to the eyes"))) << face.problem.toStdString();
            // Its upper face is measured, so that a defaced copy can be judged against it.
            EXPECT_TRUE(face.region.found) << face.region.reason.toStdString();
            EXPECT_TRUE(face.measures.measured);
            EXPECT_EQ(face.measures.landmarksFound, 0);
            EXPECT_GT(face.region.pixelCount, 10000u) << "eyes, brows and the bridge of the nose, at 0.5 mm a pixel";
        }
    }
}
