#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"

#include <QString>

namespace scanshield::report {

struct ReportOptions {
    bool showValues = false;  // values hidden unless the person asks: a printout gets left around
    bool largePrint = false;
};

// The privacy report as HTML for QTextDocument (the subset it renders): a headline, a summary
// table with a traffic light per kind of information, then each kind with its findings in
// plain words. Shared by the PDF and the in-app preview.
// The report's title, for the first heading and the PDF's document properties.
QString exposureReportTitle();

QString exposureReportHtml(const exposure::ExposureReport& report, const media::DiscIndex& index,
                           const ReportOptions& options);

} // namespace scanshield::report
