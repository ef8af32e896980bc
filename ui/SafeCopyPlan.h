#pragma once

#include "deid/SafeCopyJob.h"
#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QString>

#include <memory>

namespace scanshield::ui {

// What the safe-copy wizard's pages share: the disc as the main window read it, its exposure
// report, what the person chooses page by page, and, at the end, what came of it.
struct SafeCopyPlan {
    QString discLocation;                        // as opened: folder, DICOMDIR, ZIP or ISO
    media::DiscIndex index;
    exposure::ExposureReport report;             // of the original, burned-in text included
    std::shared_ptr<media::DiscSource> source;   // for the preview, read on the window's thread
    bool showValues = false;                     // as the person set it on the exposure page
    deid::SafeCopyRequest request;
    deid::SafeCopyOutcome outcome;
    bool finished = false;
};

} // namespace scanshield::ui
