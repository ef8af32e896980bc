#include "volume/VolumeBuilder.h"

#include "volume/PictureReader.h"
#include "volume/SliceGeometry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "VolumeBuilder" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class VolumeBuilderText {
    Q_DECLARE_TR_FUNCTIONS(VolumeBuilder)
};

QString mm(double value)
{
    return QString::number(value, 'f', value < 10.0 ? 2 : 1);
}

// What fills a slice whose picture cannot be decoded: air for CT, nothing for MRI.
std::int16_t backgroundFor(const QString& modality)
{
    return modality == QLatin1String("CT") ? std::int16_t(-1024) : std::int16_t(0);
}

struct ReadPictures {
    std::vector<SliceGeometry> pictures;
    int unreadableFiles = 0;
    bool cancelled = false;
};

// The geometry of every picture of the series, from each file's header (the index lacks the
// pixel spacing and the functional groups of enhanced files).
template <typename IsCancelled>
ReadPictures readPictures(const media::SeriesEntry& series, media::DiscSource& source, IsCancelled isCancelled)
{
    ReadPictures read;
    for (const media::IndexedInstance& instance : series.instances) {
        if (!instance.header.isImage())
            continue; // a report or a presentation state in the series: no picture to stack
        if (isCancelled()) {
            read.cancelled = true;
            return read;
        }
        QString error;
        std::vector<SliceGeometry> slices = readSlicesOfFile(source, instance.path, error);
        if (slices.empty())
            ++read.unreadableFiles;
        for (SliceGeometry& slice : slices)
            read.pictures.push_back(std::move(slice));
    }
    return read;
}

void copyGeometry(const StackPlan& plan, const media::SeriesEntry& series, Volume& volume)
{
    const SliceGeometry& reference = plan.slices.front();
    volume.width = reference.columns;
    volume.height = reference.rows;
    volume.depth = plan.depth();
    volume.origin = plan.origin;
    volume.rowDirection = plan.rowDirection;
    volume.columnDirection = plan.columnDirection;
    volume.sliceDirection = plan.sliceDirection;
    volume.spacing = plan.spacing;
    volume.seriesUid = series.uid;
    volume.modality = series.modality;
}

// Slice k of the volume from its one or two pictures, rounded to 16 bits. Returns the index of
// a picture it needs that cannot be decoded (the slice then holds `background`), else npos.
constexpr std::size_t kAllDecoded = static_cast<std::size_t>(-1);

std::size_t fillSlice(const StackPlan::Sample& sample, PictureReader& reader, std::int16_t background,
                      std::int16_t* slice, std::size_t count, long& clamped)
{
    const bool blend = sample.weight > 0.0 && sample.weight < 1.0 && sample.upper != sample.lower;
    const std::size_t first = sample.weight >= 1.0 ? sample.upper : sample.lower;
    const std::vector<float>& a = reader.values(first);
    if (a.size() != count) {
        std::fill(slice, slice + count, background);
        return first;
    }
    const std::vector<float>* b = blend ? &reader.values(sample.upper) : nullptr;
    if (b && b->size() != count) {
        std::fill(slice, slice + count, background);
        return sample.upper;
    }
    const auto w = static_cast<float>(sample.weight);
    constexpr float low = std::numeric_limits<std::int16_t>::min();
    constexpr float high = std::numeric_limits<std::int16_t>::max();
    for (std::size_t i = 0; i < count; ++i) {
        const float v = b ? a[i] + w * ((*b)[i] - a[i]) : a[i];
        if (v < low || v > high)
            ++clamped;
        slice[i] = static_cast<std::int16_t>(std::lround(std::clamp(v, low, high)));
    }
    return kAllDecoded;
}

void addWarnings(VolumeBuildResult& result, const StackPlan& plan, long clamped, const QString& decodeError)
{
    QStringList& w = result.warnings;
    if (result.leftOutOtherShape > 0)
        w << VolumeBuilderText::tr("%n picture(s) of a different size or direction than the rest of the series (such as a scout view) "
                "were left out.", nullptr, result.leftOutOtherShape);
    if (result.leftOutNoPosition > 0)
        w << VolumeBuilderText::tr("%n picture(s) do not say where they lie and were left out.", nullptr, result.leftOutNoPosition);
    if (result.leftOutSamePlace > 0)
        w << VolumeBuilderText::tr("%n picture(s) lie where another picture of the series already lies (such as a second echo or "
                "time point) and were left out.", nullptr, result.leftOutSamePlace);
    if (result.leftOutUnreadable > 0)
        w << VolumeBuilderText::tr("%n picture file(s) could not be read and were left out.", nullptr, result.leftOutUnreadable);
    if (result.picturesUndecodable > 0)
        w << VolumeBuilderText::tr("%n picture(s) could not be decoded (%1); their slices of the volume are left empty.", nullptr, result.picturesUndecodable).arg(decodeError);
    if (plan.tiltDegrees > 0.0)
        w << VolumeBuilderText::tr("The scanner was tilted by %1 degrees; the volume follows the tilt.").arg(plan.tiltDegrees, 0, 'f', 1);
    if (plan.resampled)
        w << VolumeBuilderText::tr("The pictures are not evenly spaced (%1 to %2 mm apart); the volume was resampled to an even %3 mm.")
                 .arg(mm(plan.smallestGap), mm(plan.largestGap), mm(plan.spacing[2]));
    if (!plan.pixelSpacingKnown)
        w << VolumeBuilderText::tr("The pictures do not say how large their pixels are; 1 mm was assumed.");
    // Farther off than half a pixel is visible in the volume.
    if (plan.offLineMm > 0.5 * std::min(plan.spacing[0], plan.spacing[1]))
        w << VolumeBuilderText::tr("The pictures do not lie on one straight line (up to %1 mm off); the volume puts them on the line "
                "from the first to the last.").arg(mm(plan.offLineMm));
    if (clamped > 0)
        w << VolumeBuilderText::tr("%n value(s) were too large for the volume and were capped.", nullptr, int(std::min<long>(clamped, 1L << 30)));
}

} // namespace

VolumeBuildResult VolumeBuilder::build(const media::SeriesEntry& series, media::DiscSource& source) const
{
    VolumeBuildResult result;
    const auto cancel = [&] {
        result = VolumeBuildResult{};
        result.cancelled = true;
        result.error = VolumeBuilderText::tr("Making the 3D volume was cancelled.");
        return result;
    };

    ReadPictures read = readPictures(series, source, [this] { return cancelled(); });
    if (read.cancelled)
        return cancel();
    result.leftOutUnreadable = read.unreadableFiles;
    if (read.pictures.empty() && read.unreadableFiles > 0) {
        result.error = VolumeBuilderText::tr("the pictures of this series could not be read");
        return result;
    }

    const StackPlan plan = planStack(std::move(read.pictures), m_minimumSlices);
    result.leftOutOtherShape = plan.leftOutOtherShape;
    result.leftOutNoPosition = plan.leftOutNoPosition;
    result.leftOutSamePlace = plan.leftOutSamePlace;
    if (!plan.ok()) {
        result.error = plan.error;
        return result;
    }
    result.picturesUsed = int(plan.slices.size());
    result.tiltDegrees = plan.tiltDegrees;
    result.resampled = plan.resampled;

    Volume& volume = result.volume;
    copyGeometry(plan, series, volume);
    const std::size_t sliceSize = std::size_t(volume.width) * std::size_t(volume.height);
    try {
        volume.values.resize(sliceSize * std::size_t(volume.depth));
    } catch (const std::bad_alloc&) {
        result.volume = Volume{};
        result.error = VolumeBuilderText::tr("this series is too large for the memory of this computer");
        return result;
    }

    PictureReader reader(source, plan.slices);
    const std::int16_t background = backgroundFor(series.modality);
    std::vector<bool> undecodable(plan.slices.size(), false); // counted once however many slices they feed
    int emptySlices = 0;
    long clamped = 0;
    QString decodeError;
    for (int k = 0; k < volume.depth; ++k) {
        if (cancelled())
            return cancel();
        std::int16_t* slice = volume.values.data() + sliceSize * std::size_t(k);
        const std::size_t failed =
            fillSlice(plan.samples[std::size_t(k)], reader, background, slice, sliceSize, clamped);
        if (failed != kAllDecoded) {
            undecodable[failed] = true;
            decodeError = reader.error();
            ++emptySlices;
        }
        if (m_progress)
            m_progress(k + 1, volume.depth);
    }
    result.picturesUndecodable = int(std::count(undecodable.begin(), undecodable.end(), true));
    if (emptySlices == volume.depth) {
        result.volume = Volume{};
        result.error = VolumeBuilderText::tr("none of the pictures of this series could be decoded: %1").arg(decodeError);
        return result;
    }
    addWarnings(result, plan, clamped, decodeError);
    return result;
}

} // namespace scanshield::volume
