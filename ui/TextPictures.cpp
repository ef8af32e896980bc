#include "ui/TextPictures.h"

#include "media/PlainWords.h"
#include "ui/SeriesFrames.h"

#include <algorithm>

namespace scanshield::ui {

namespace {

bool isChosen(const exposure::Finding& finding, const exposure::Finding& chosen)
{
    return finding.category == chosen.category && finding.value == chosen.value && finding.boxes == chosen.boxes;
}

// Which series the picture belongs to and where in it, in the words of the disc tree.
void placeInSeries(TextPicture& picture, const media::DiscIndex& index)
{
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series) {
                const bool here = std::any_of(series.instances.begin(), series.instances.end(),
                                              [&](const media::IndexedInstance& i) { return i.path == picture.file; });
                if (!here)
                    continue;
                picture.seriesWords = media::seriesInWords(series.modality, series.description);
                const SeriesFrames frames(nullptr, series);
                picture.indexInSeries = frames.indexOf(picture.file, picture.frame);
                picture.seriesPictures = frames.count();
                return;
            }
}

} // namespace

QList<TextPicture> picturesWithText(const exposure::Finding& chosen, const exposure::ExposureReport& report,
                                    const media::DiscIndex& index)
{
    QList<TextPicture> pictures;
    for (const exposure::TextBox& box : chosen.boxes) {
        const bool known = std::any_of(pictures.begin(), pictures.end(),
                                       [&](const TextPicture& p) { return p.file == box.file && p.frame == box.frame; });
        if (!known)
            pictures.append(TextPicture{box.file, box.frame, {}, -1, 0, {}});
    }
    std::sort(pictures.begin(), pictures.end(), [](const TextPicture& a, const TextPicture& b) {
        return a.file != b.file ? a.file < b.file : a.frame < b.frame;
    });

    for (TextPicture& picture : pictures) {
        placeInSeries(picture, index);
        for (const exposure::Finding& finding : report.findings) {
            ReadText read{finding.value, finding.mentions, {}, isChosen(finding, chosen)};
            for (const exposure::TextBox& box : finding.boxes)
                if (box.file == picture.file && box.frame == picture.frame)
                    read.boxes.append(QRect(box.x, box.y, box.width, box.height));
            if (read.boxes.isEmpty())
                continue;
            if (read.chosen)
                picture.texts.prepend(read);
            else
                picture.texts.append(read);
        }
    }
    return pictures;
}

QList<viewer::TextMark> textMarks(const TextPicture& picture)
{
    QList<viewer::TextMark> marks;
    for (const ReadText& text : picture.texts)
        for (const QRect& box : text.boxes)
            marks.append(viewer::TextMark{box, text.chosen});
    return marks;
}

} // namespace scanshield::ui
