#pragma once

#include "exposure/ExposureScanner.h"
#include "media/DiscIndex.h"

#include <QString>

#include <atomic>

namespace scanshield::test {

// A disc read the way the application reads it: the index first, then the exposure scan.
struct ScannedDisc {
    media::DiscIndex index;
    exposure::ExposureReport report;
};

// engine: a particular OCR engine (nullptr: the scanner's own); cancel and progress as the
// scanner takes them.
ScannedDisc scanAndReport(const QString& path, exposure::OcrEngine* engine = nullptr,
                          const std::atomic_bool* cancel = nullptr,
                          exposure::ExposureScanner::ProgressCallback progress = {});

} // namespace scanshield::test
