#include "support/ExposureHelpers.h"

#include "media/DiscScanner.h"
#include "media/DiscSource.h"

#include <gtest/gtest.h>

namespace scanshield::test {

ScannedDisc scanAndReport(const QString& path, exposure::OcrEngine* engine, const std::atomic_bool* cancel,
                          exposure::ExposureScanner::ProgressCallback progress)
{
    ScannedDisc disc;
    const media::ScanResult scan = media::DiscScanner().scan(path);
    EXPECT_TRUE(scan.opened) << scan.error.toStdString();
    disc.index = scan.index;
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    EXPECT_NE(source, nullptr) << error.toStdString();
    if (!source)
        return disc;
    exposure::ExposureScanner scanner;
    scanner.setOcrEngine(engine);
    scanner.setCancelFlag(cancel);
    scanner.setProgressCallback(std::move(progress));
    disc.report = scanner.scan(disc.index, *source);
    return disc;
}

} // namespace scanshield::test
