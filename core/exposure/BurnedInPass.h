#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"

#include <QList>

#include <atomic>
#include <functional>

namespace scanshield::media {
class DiscSource;
}

namespace scanshield::exposure {

class FindingCollector;
class IdentityTokens;
class OcrEngine;

// The images of a disc (instances with pixel data), in index order.
QList<const media::IndexedInstance*> imagesOf(const media::DiscIndex& index);

// The burned-in text pass of the exposure scan: every image in `images` is considered (see
// BurnedInText.h for which are read with OCR); each line read becomes a BurnedIn finding with
// its box, and the report's burned-in counters and note are filled. Stops between images when
// `cancel` is set (report.cancelled is then set). `imageDone` is called after each image.
void findBurnedInText(const QList<const media::IndexedInstance*>& images, media::DiscSource& source,
                      const IdentityTokens& tokens, OcrEngine& engine, FindingCollector& collector,
                      ExposureReport& report, const std::atomic_bool* cancel, const std::function<void()>& imageDone);

} // namespace scanshield::exposure
