// The exposure report's header part against the disc scan alone, in one process, over the
// same disc: each run times DiscScanner::scan (the index) and ExposureScanner::scanDisc
// without OCR (the index and every element counted, then the findings built), one right
// after the other, and prints the medians and the median of the runs' own ratios (a shared
// virtual machine drifts; the two halves of one run see the same machine). Output formatting is left out of both, so what is compared is the
// reading and examining of the files. Not a ctest test; see docs/PERFORMANCE.md.
//
// Usage: bench_report_phases DISC [RUNS]
#include "exposure/ExposureScanner.h"
#include "media/DiscScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "Usage: bench_report_phases DISC [RUNS]\n");
        return 64;
    }
    const QString disc = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    std::vector<double> scanSeconds;
    std::vector<double> reportSeconds;
    std::vector<double> ratios;
    int files = 0;
    int findings = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const scanshield::media::ScanResult scan = scanshield::media::DiscScanner().scan(disc);
        scanSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        files = scan.index.filesTotal;

        scanshield::exposure::ExposureScanner scanner;
        scanner.setReadBurnedInText(false);
        timer.restart();
        const scanshield::exposure::ExposureScanner::DiscExposure exposure = scanner.scanDisc(disc);
        reportSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        findings = int(exposure.report.findings.size());
        ratios.push_back(reportSeconds.back() / scanSeconds.back());
    }
    const double scan = median(scanSeconds);
    const double report = median(reportSeconds);
    std::printf("files %d findings %d runs %d\n", files, findings, runs);
    std::printf("scan alone:          %.3f s  %.0f files/s\n", scan, files / scan);
    std::printf("report header part:  %.3f s  %.0f files/s  %.2fx the scan\n", report, files / report, report / scan);
    const auto [lowest, highest] = std::minmax_element(ratios.begin(), ratios.end());
    std::printf("ratio run by run:    median %.2fx, from %.2fx to %.2fx\n", median(ratios), *lowest, *highest);
    return 0;
}
