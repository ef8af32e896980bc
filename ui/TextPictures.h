#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "viewer/TextMarks.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace scanshield::ui {

// One piece of text read in a picture, as the caption and the marks need it.
struct ReadText {
    QString text;          // as read; shown only when the person asked to see values
    QStringList mentions;  // what of the person it contains: "name", "id", "birth_date"
    QList<QRect> boxes;    // in the picture's own pixels
    bool chosen = false;   // the text the person asked to see
};

// One picture in which the chosen text was read, with every text read in that same picture
// (a name rarely comes alone: the birth date and the hospital sit next to it).
struct TextPicture {
    QString file;            // disc path, as in the index
    int frame = 0;           // 0-based, within the file
    QString seriesWords;     // "Ultrasound: Thyroid"; empty when the file is not in the index
    int indexInSeries = -1;  // 0-based place in the series' viewing order, -1 when unknown
    int seriesPictures = 0;  // pictures in that series
    QList<ReadText> texts;   // the chosen text first, then the others in the report's order
};

// Every picture where `chosen` (a burned-in finding) was read, ordered by file then frame.
QList<TextPicture> picturesWithText(const exposure::Finding& chosen, const exposure::ExposureReport& report,
                                    const media::DiscIndex& index);

// The boxes to draw over one picture: every text read there, the chosen one marked so.
QList<viewer::TextMark> textMarks(const TextPicture& picture);

} // namespace scanshield::ui
