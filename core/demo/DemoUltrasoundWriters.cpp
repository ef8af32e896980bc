// The ultrasound study: a single RGB frame with the patient's name and birth date burned into
// the pixels (the classic leak that header anonymization misses), and a multi-frame cine loop.
// The pictures are a plausible neck scan: a fan of speckle, a thyroid lobe with a nodule and
// a pulsating carotid artery.

#include "demo/BitmapFont.h"
#include "demo/DemoDisc.h"
#include "demo/DemoSeriesWriters.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace scanshield::demo::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Integer hash -> [0, 1): deterministic speckle without any random-number state.
double hashNoise(std::uint32_t x, std::uint32_t y, std::uint32_t frame)
{
    std::uint32_t h = x * 0x8da6b343u ^ y * 0xd8163841u ^ frame * 0xcb1ab31fu;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return (h & 0xffffu) / 65536.0;
}

// One grey value of a neck ultrasound at pixel (x, y) of a width x height picture whose fan
// starts at row `apexRow`. `phase` (0..1) drives the carotid's pulse in the cine loop.
std::uint8_t neckEcho(int x, int y, int width, int apexRow, int depthPixels, double phase,
                      std::uint32_t frame)
{
    const double apexX = width / 2.0;
    const double dx = x - apexX;
    const double dy = y - apexRow;
    const double radius = std::sqrt(dx * dx + dy * dy);
    const double angle = std::atan2(dx, dy); // 0 straight down
    if (dy <= 0 || radius > depthPixels || std::abs(angle) > 35.0 * kPi / 180.0)
        return 0;

    const double u = dx / depthPixels;     // -0.57 .. 0.57 across the fan
    const double v = radius / depthPixels; // 0 at the probe, 1 at the deepest row
    double echo = 0.45;                    // muscle and fat
    if (v < 0.06)
        echo = 0.8; // skin line under the probe
    const double lobe = std::pow((u + 0.06) / 0.17, 2) + std::pow((v - 0.36) / 0.13, 2);
    if (lobe < 1.0)
        echo = 0.65; // thyroid lobe: brighter, even texture
    const double nodule = std::pow((u + 0.08) / 0.05, 2) + std::pow((v - 0.35) / 0.045, 2);
    if (nodule < 1.0)
        echo = 0.25; // hypoechoic nodule
    const double pulse = 1.0 + 0.12 * std::sin(2.0 * kPi * phase);
    const double carotid =
        std::pow((u - 0.13) / (0.06 * pulse), 2) + std::pow((v - 0.46) / (0.06 * pulse), 2);
    if (carotid < 1.0)
        echo = 0.03; // blood: nearly black
    else if (carotid < 1.25)
        echo = 0.9; // bright vessel wall
    if (v > 0.78)
        echo *= 0.6; // deep muscle, attenuated

    // Speckle: a smoothed hash field, multiplied in, with depth-dependent attenuation.
    const auto ux = static_cast<std::uint32_t>(x), uy = static_cast<std::uint32_t>(y);
    const double speckle = (hashNoise(ux, uy, frame) + hashNoise(ux + 1, uy, frame)
                            + hashNoise(ux, uy + 1, frame) + hashNoise(ux / 2, uy / 3, frame))
                           / 2.0;
    const double gain = 1.0 - 0.35 * v;
    return static_cast<std::uint8_t>(std::clamp(echo * speckle * gain * 255.0, 0.0, 255.0));
}

QString formatDate(const QString& yyyymmdd)
{
    // Written as a European scanner would show it: DD.MM.YYYY.
    return QStringLiteral("%1.%2.%3").arg(yyyymmdd.mid(6, 2), yyyymmdd.mid(4, 2), yyyymmdd.left(4));
}

void addUltrasoundRegion(DcmItem& dataset, int width, int top, int bottom, double cmPerPixel)
{
    DcmItem* region = nullptr;
    dataset.findOrCreateSequenceItem(DCM_SequenceOfUltrasoundRegions, region, -2);
    if (region == nullptr)
        return;
    region->putAndInsertUint16(DCM_RegionSpatialFormat, 1); // 2D
    region->putAndInsertUint16(DCM_RegionDataType, 1);      // tissue
    region->putAndInsertUint32(DCM_RegionFlags, 0);
    region->putAndInsertUint32(DCM_RegionLocationMinX0, 0);
    region->putAndInsertUint32(DCM_RegionLocationMinY0, static_cast<Uint32>(top));
    region->putAndInsertUint32(DCM_RegionLocationMaxX1, static_cast<Uint32>(width - 1));
    region->putAndInsertUint32(DCM_RegionLocationMaxY1, static_cast<Uint32>(bottom));
    region->putAndInsertUint16(DCM_PhysicalUnitsXDirection, 3); // cm
    region->putAndInsertUint16(DCM_PhysicalUnitsYDirection, 3);
    region->putAndInsertFloat64(DCM_PhysicalDeltaX, cmPerPixel);
    region->putAndInsertFloat64(DCM_PhysicalDeltaY, cmPerPixel);
}

} // namespace

QString writeUltrasoundImage(const SeriesPlan& series, const QString& root, WrittenFiles& written)
{
    const DemoIdentity& id = demoIdentity();
    PixelCanvas canvas;
    canvas.width = 640;
    canvas.height = 480;
    canvas.samplesPerPixel = 3;
    canvas.pixels.assign(static_cast<std::size_t>(canvas.width * canvas.height * 3), 0);

    // The image: a fan below the text band, grey values with the faint warm tint of a
    // scanner's display, so the file is RGB as many exported ultrasound images are.
    const int apexRow = 84;
    const int depth = 380;
    for (int y = 0; y < canvas.height; ++y) {
        for (int x = 0; x < canvas.width; ++x) {
            const std::uint8_t g = neckEcho(x, y, canvas.width, apexRow, depth, 0.0, 0);
            std::uint8_t* px = &canvas.pixels[static_cast<std::size_t>((y * canvas.width + x) * 3)];
            px[0] = g;
            px[1] = g;
            px[2] = static_cast<std::uint8_t>(g * 0.92);
        }
    }

    // The burned-in header: name, birth date, ID, hospital and time, in the top band, large
    // enough (3x) for OCR. This is exactly what pixel redaction must find and black out.
    const std::uint8_t white[3] = {255, 255, 255};
    const std::uint8_t grey[3] = {190, 190, 190};
    const QString name = id.patientName.section(QLatin1Char('^'), 0, 0).toUpper()
                         + QStringLiteral(", ")
                         + id.patientName.section(QLatin1Char('^'), 1)
                               .replace(QLatin1Char('^'), QLatin1Char(' '))
                               .toUpper();
    drawText(canvas, 10, 6, name, 3, white);
    drawText(canvas, 10, 32,
             QStringLiteral("DOB %1  ID %2").arg(formatDate(id.birthDate), id.patientId), 3, white);
    drawText(canvas, 10, 60,
             QStringLiteral("%1  %2 14:31")
                 .arg(id.institution.toUpper(), formatDate(series.study->date)),
             2, grey);
    // Depth marks on the right edge every centimetre (38 pixels), as on a real scanner.
    for (int cm = 1; cm <= 9; ++cm) {
        const int y = apexRow + cm * 38;
        drawText(canvas, 612, y - 7, QString::number(cm), 2, grey);
    }
    drawText(canvas, 10, 450, QStringLiteral("THYROID RT  L12-5  TIS0.3"), 2, grey);

    DcmFileFormat file;
    DcmDataset& dataset = *file.getDataset();
    addCommonModules(dataset, series, 1);
    PixelLayout layout;
    layout.rows = canvas.height;
    layout.columns = canvas.width;
    layout.samplesPerPixel = 3;
    layout.photometric = "RGB";
    addImageModules(dataset, series, 1, layout, "ORIGINAL\\PRIMARY\\SMALL PARTS\\0001", true);
    putText(dataset, DCM_PatientOrientation, "");
    putText(dataset, DCM_TransducerData, "L12-5");
    putText(dataset, DCM_ProcessingFunction, "THYROID");
    addUltrasoundRegion(dataset, canvas.width, apexRow, apexRow + depth, 1.0 / 38.0);
    dataset.putAndInsertUint8Array(DCM_PixelData, canvas.pixels.data(),
                                   static_cast<unsigned long>(canvas.pixels.size()));

    const QString path = instancePath(series, 1);
    const QString error = saveInstance(file, root, path);
    if (!error.isEmpty())
        return error;
    written.imagePaths << path;
    return {};
}

QString writeUltrasoundCine(const SeriesPlan& series, const QString& root, WrittenFiles& written)
{
    const DemoIdentity& id = demoIdentity();
    constexpr int kFrames = 20; // 0.8 s at 25 frames a second: one heartbeat
    PixelCanvas frame;
    frame.width = 320;
    frame.height = 240;
    frame.samplesPerPixel = 1;
    const std::size_t frameSize = static_cast<std::size_t>(frame.width * frame.height);
    std::vector<std::uint8_t> allFrames;
    allFrames.reserve(frameSize * kFrames);

    const std::uint8_t light[3] = {200, 200, 200};
    for (int f = 0; f < kFrames; ++f) {
        frame.pixels.assign(frameSize, 0);
        for (int y = 0; y < frame.height; ++y) {
            for (int x = 0; x < frame.width; ++x) {
                frame.pixels[static_cast<std::size_t>(y * frame.width + x)] =
                    neckEcho(x, y, frame.width, 20, 210, static_cast<double>(f) / kFrames,
                             static_cast<std::uint32_t>(f));
            }
        }
        // Small burned-in header: the hospital and the date, but no name.
        drawText(frame, 4, 4, id.institution.toUpper(), 1, light);
        drawText(frame, 4, 230, formatDate(series.study->date) + QStringLiteral(" 14:35"), 1,
                 light);
        allFrames.insert(allFrames.end(), frame.pixels.begin(), frame.pixels.end());
    }

    DcmFileFormat file;
    DcmDataset& dataset = *file.getDataset();
    addCommonModules(dataset, series, 1);
    PixelLayout layout;
    layout.rows = frame.height;
    layout.columns = frame.width;
    addImageModules(dataset, series, 1, layout, "ORIGINAL\\PRIMARY\\SMALL PARTS\\0001", true);
    putText(dataset, DCM_PatientOrientation, "");
    putText(dataset, DCM_TransducerData, "L12-5");
    putText(dataset, DCM_NumberOfFrames, QString::number(kFrames), Charset::Latin1);
    putText(dataset, DCM_FrameTime, "40");
    dataset.putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
    putText(dataset, DCM_CineRate, "25");
    putText(dataset, DCM_RecommendedDisplayFrameRate, "25");
    putText(dataset, DCM_StartTrim, "1");
    putText(dataset, DCM_StopTrim, QString::number(kFrames), Charset::Latin1);
    addUltrasoundRegion(dataset, frame.width, 20, 230, 4.0 / 210.0);
    dataset.putAndInsertUint8Array(DCM_PixelData, allFrames.data(),
                                   static_cast<unsigned long>(allFrames.size()));

    const QString path = instancePath(series, 1);
    const QString error = saveInstance(file, root, path);
    if (!error.isEmpty())
        return error;
    written.imagePaths << path;
    return {};
}

} // namespace scanshield::demo::detail
