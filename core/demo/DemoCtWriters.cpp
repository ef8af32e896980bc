// The CT study's image series: two RLE-compressed scouts and the axial head series, all
// sampled from the synthetic head so that the scouts show the same face in profile.

#include "demo/DemoSeriesWriters.h"
#include "demo/HeadPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace scanshield::demo::detail {

namespace {

QString ds(double value) { return QString::number(value, 'g', 10); }

// The parts of the CT Image module that both kinds of CT image share.
void addCtAcquisition(DcmItem& dataset, const SeriesPlan& series)
{
    putText(dataset, DCM_FrameOfReferenceUID, frameOfReferenceUid(series), series.study->charset);
    putText(dataset, DCM_PositionReferenceIndicator, "");
    putText(dataset, DCM_PatientPosition, "HFS");
    putText(dataset, DCM_KVP, "120");
    putText(dataset, DCM_DataCollectionDiameter, "250");
    putText(dataset, DCM_GantryDetectorTilt, "0");
    putText(dataset, DCM_TableHeight, "140");
    putText(dataset, DCM_RotationDirection, "CW");
    putText(dataset, DCM_XRayTubeCurrent, "250");
    putText(dataset, DCM_ExposureTime, "1000");
    putText(dataset, DCM_Exposure, "250");
    putText(dataset, DCM_ConvolutionKernel, "H31s");
}

std::vector<Uint16> toStoredValues(const std::vector<double>& values)
{
    std::vector<Uint16> stored(values.size());
    std::transform(values.begin(), values.end(), stored.begin(), [](double v) {
        return static_cast<Uint16>(std::clamp(std::lround(v), 0L, 4095L));
    });
    return stored;
}

// Line integrals of attenuation (water = 1 per mm) through the volume, along x for the
// lateral scout and along y for the frontal one, resampled to 1 mm in z.
std::vector<double> project(const HeadVolume& v, bool lateral, int outRows, double topZ)
{
    const int outColumns = lateral ? v.rows : v.columns;
    const int across = lateral ? v.columns : v.rows;
    std::vector<double> perSlice(static_cast<std::size_t>(v.slices * outColumns), 0.0);
    for (int s = 0; s < v.slices; ++s) {
        for (int c = 0; c < outColumns; ++c) {
            double sum = 0.0;
            for (int k = 0; k < across; ++k) {
                const int hu = lateral ? v.at(k, c, s) : v.at(c, k, s);
                sum += std::max(0, hu + 1000) / 1000.0 * v.pixelSpacing;
            }
            perSlice[static_cast<std::size_t>(s * outColumns + c)] = sum;
        }
    }
    std::vector<double> image(static_cast<std::size_t>(outRows * outColumns), 0.0);
    for (int r = 0; r < outRows; ++r) {
        const double sliceIndex = std::clamp((topZ - r - v.firstZ) / v.sliceSpacing, 0.0,
                                             static_cast<double>(v.slices - 1));
        const int lower = static_cast<int>(std::floor(sliceIndex));
        const int upper = std::min(lower + 1, v.slices - 1);
        const double w = sliceIndex - lower;
        for (int c = 0; c < outColumns; ++c) {
            const double a = perSlice[static_cast<std::size_t>(lower * outColumns + c)];
            const double b = perSlice[static_cast<std::size_t>(upper * outColumns + c)];
            // 16 stored units per millimetre of water: the thickest path fits 12 bits.
            image[static_cast<std::size_t>(r * outColumns + c)] = (a + (b - a) * w) * 16.0;
        }
    }
    return image;
}

} // namespace

QString writeCtLocalizers(const HeadVolume& volume, const SeriesPlan& series, const QString& root,
                          WrittenFiles& written)
{
    const double topZ = volume.sliceZ(volume.slices - 1);
    const int rows = static_cast<int>(std::lround((topZ - volume.firstZ))) + 1; // 1 mm steps
    for (int instance = 1; instance <= 2; ++instance) {
        const bool lateral = instance == 1;
        const std::vector<Uint16> pixels = toStoredValues(project(volume, lateral, rows, topZ));
        const int columns = lateral ? volume.rows : volume.columns;

        DcmFileFormat file;
        DcmDataset& dataset = *file.getDataset();
        addCommonModules(dataset, series, instance);
        PixelLayout layout;
        layout.rows = rows;
        layout.columns = columns;
        layout.bitsAllocated = 16;
        layout.bitsStored = 12;
        addImageModules(dataset, series, instance, layout, "ORIGINAL\\PRIMARY\\LOCALIZER", false);
        addCtAcquisition(dataset, series);
        // Lateral: columns run posterior, rows run down. Frontal: columns run to the left.
        putText(dataset, DCM_ImageOrientationPatient,
                lateral ? "0\\1\\0\\0\\0\\-1" : "1\\0\\0\\0\\0\\-1");
        const QString position =
            lateral ? QStringLiteral("0\\%1\\%2").arg(ds(volume.originY), ds(topZ))
                    : QStringLiteral("%1\\0\\%2").arg(ds(volume.originX), ds(topZ));
        putText(dataset, DCM_ImagePositionPatient, position, Charset::Latin1);
        putText(dataset, DCM_PixelSpacing, "1\\1");
        putText(dataset, DCM_SliceThickness, "1");
        putText(dataset, DCM_RescaleIntercept, "0");
        putText(dataset, DCM_RescaleSlope, "1");
        putText(dataset, DCM_RescaleType, "US");
        putText(dataset, DCM_WindowCenter, "1600");
        putText(dataset, DCM_WindowWidth, "3200");
        dataset.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                        static_cast<unsigned long>(pixels.size()));

        const QString path = instancePath(series, instance);
        const QString error = saveInstance(file, root, path, EXS_RLELossless);
        if (!error.isEmpty())
            return error;
        written.imagePaths << path;
    }
    return {};
}

QString writeCtAxialSeries(const HeadVolume& volume, const SeriesPlan& series, const QString& root,
                           WrittenFiles& written)
{
    const std::size_t sliceSize =
        static_cast<std::size_t>(volume.rows) * static_cast<std::size_t>(volume.columns);
    std::vector<Uint16> pixels(sliceSize);
    for (int s = 0; s < volume.slices; ++s) {
        const int instance = s + 1;
        const double z = volume.sliceZ(s);
        // Stored value = HU + 1024, so RescaleIntercept -1024 gives Hounsfield units back.
        const std::int16_t* hu = volume.hu.data() + static_cast<std::size_t>(s) * sliceSize;
        for (std::size_t i = 0; i < sliceSize; ++i)
            pixels[i] = static_cast<Uint16>(std::clamp(hu[i] + 1024, 0, 4095));

        DcmFileFormat file;
        DcmDataset& dataset = *file.getDataset();
        addCommonModules(dataset, series, instance);
        PixelLayout layout;
        layout.rows = volume.rows;
        layout.columns = volume.columns;
        layout.bitsAllocated = 16;
        layout.bitsStored = 12;
        addImageModules(dataset, series, instance, layout, "ORIGINAL\\PRIMARY\\AXIAL", false);
        addCtAcquisition(dataset, series);
        putText(dataset, DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        putText(dataset, DCM_ImagePositionPatient,
                QStringLiteral("%1\\%2\\%3").arg(ds(volume.originX), ds(volume.originY), ds(z)),
                Charset::Latin1);
        putText(dataset, DCM_PixelSpacing, QStringLiteral("%1\\%1").arg(ds(volume.pixelSpacing)),
                Charset::Latin1);
        putText(dataset, DCM_SliceThickness, ds(volume.sliceSpacing), Charset::Latin1);
        putText(dataset, DCM_SliceLocation, ds(z), Charset::Latin1);
        putText(dataset, DCM_ReconstructionDiameter, ds(volume.columns * volume.pixelSpacing),
                Charset::Latin1);
        putText(dataset, DCM_RescaleIntercept, "-1024");
        putText(dataset, DCM_RescaleSlope, "1");
        putText(dataset, DCM_RescaleType, "HU");
        putText(dataset, DCM_WindowCenter, "40\\600");
        putText(dataset, DCM_WindowWidth, "80\\2800");
        putText(dataset, DCM_WindowCenterWidthExplanation, "BRAIN\\BONE");
        dataset.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                        static_cast<unsigned long>(pixels.size()));

        const QString path = instancePath(series, instance);
        const QString error = saveInstance(file, root, path);
        if (!error.isEmpty())
            return error;
        written.imagePaths << path;
    }
    return {};
}

} // namespace scanshield::demo::detail
