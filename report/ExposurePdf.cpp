#include "report/ExposurePdf.h"

#include "report/PdfDocument.h"

namespace scanshield::report {

bool writeExposurePdf(const exposure::ExposureReport& report, const media::DiscIndex& index, const QString& pdfPath,
                      const ReportOptions& options, QString* error)
{
    return writeHtmlAsPdf(exposureReportHtml(report, index, options), exposureReportTitle(), pdfPath, error);
}

} // namespace scanshield::report
