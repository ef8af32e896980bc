// The whole exposure scan of one file, as `scanshield-cli report FILE` makes it: the disc
// scan with the element tally in the same pass, DCMTK for what the fast walker leaves, the
// findings, the report as JSON. Then the part of the burned-in text pass that is ours: the
// picture decoded (DCMTK, OpenJPEG, our RLE and palette code), the text detector, and the
// preparation of the first frame for OCR (small pictures). Tesseract itself is not run (it
// is slow and not our code): the OCR engine here has no language data, so it reads nothing.
#include "FuzzSupport.h"

#include "exposure/BurnedInPass.h"
#include "exposure/BurnedInText.h"
#include "exposure/ExposureScanner.h"
#include "exposure/OcrEngine.h"
#include "exposure/ReportJson.h"
#include "media/IndexJson.h"
#include "pixels/DicomImageFile.h"

#include <QDir>
#include <QFileInfo>

#include <cstdint>

using namespace scanshield;

namespace {
constexpr qint64 kMaxPreparedPixels = 256 * 256;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::prepareProcess();
    static exposure::OcrEngine noOcr(QStringLiteral("/nonexistent/tessdata"));
    const QString path = fuzz::writeInput(fuzz::bytesOf(data, size), QStringLiteral("IM000001"));

    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const exposure::ExposureScanner::DiscExposure result = scanner.scanDisc(path);
    media::indexToJson(result.scan.index);
    exposure::reportToJson(result.report);

    const QDir disc(QFileInfo(path).absolutePath());
    for (const media::IndexedInstance* image : exposure::imagesOf(result.scan.index)) {
        const pixels::DicomImageFile file = pixels::DicomImageFile::open(disc.filePath(image->path));
        const exposure::BurnedInScan scan = exposure::scanImageForText(file, image->header, noOcr);
        if (!scan.decoded)
            continue;
        // The preparation for OCR depends on the picture's size, not on its bytes: done for
        // small pictures only, which keeps each input well under a second.
        const pixels::DecodedFrame first = file.frame(0);
        if (!first.isEmpty() && qint64(first.width) * first.height <= kMaxPreparedPixels)
            exposure::readTextInFrame(first, 0, noOcr);
    }
    return 0;
}
