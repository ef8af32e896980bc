#pragma once

#include "report/ExposureHtml.h"

#include <QString>

namespace scanshield::report {

// Writes the privacy report to a PDF file (A4, page numbers). Needs a QGuiApplication (fonts);
// the offscreen platform is enough. False with a sentence for a person when it cannot be written.
bool writeExposurePdf(const exposure::ExposureReport& report, const media::DiscIndex& index, const QString& pdfPath,
                      const ReportOptions& options, QString* error);

} // namespace scanshield::report
