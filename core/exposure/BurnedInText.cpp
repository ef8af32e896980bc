#include "exposure/BurnedInText.h"

#include "exposure/TextDetector.h"
#include "exposure/TextImage.h"
#include "pixels/DicomImageFile.h"


#include <algorithm>
#include <array>

namespace scanshield::exposure {

namespace {

// Confidence bars: Tesseract gives speckle and anatomy read as letters 20-60; real overlay
// text 70-95. A lone character needs more to be believed.
constexpr float kMinWordConfidence = 60.0F;
constexpr float kMinShortWordConfidence = 80.0F;
// A word of four letters or digits or more counts, whatever its confidence, when it stands on
// a line with a strong word: Tesseract's confidence collapses on odd glyphs (a slashed zero,
// a blocky screen font) while the reading is nearly right, and the strong neighbour vouches
// that this is text and not speckle. Reporting a slightly misread line is harmless; missing
// a name is not.
constexpr float kStrongWordConfidence = 80.0F;
// A line of fewer than four letters and digits is believed only when read with this confidence.
constexpr float kMinShortLineConfidence = 85.0F;
// White margin around the picture: Tesseract misses text that touches the edge.
constexpr int kMargin = 24;

bool startsWith(const QString& uid, const char* prefix)
{
    return uid.startsWith(QLatin1String(prefix));
}

// SOP classes whose pictures are screens, photos or documents, where text is part of the picture.
bool isTextBearingSopClass(const QString& uid)
{
    static constexpr std::array<const char*, 11> kExact = {
        "1.2.840.10008.5.1.4.1.1.6.1",   // Ultrasound Image
        "1.2.840.10008.5.1.4.1.1.6",     // Ultrasound Image (retired)
        "1.2.840.10008.5.1.4.1.1.3.1",   // Ultrasound Multi-frame Image
        "1.2.840.10008.5.1.4.1.1.3",     // Ultrasound Multi-frame Image (retired)
        "1.2.840.10008.5.1.4.1.1.6.2",   // Enhanced US Volume
        "1.2.840.10008.5.1.4.1.1.6.3",   // Photoacoustic
        "1.2.840.10008.5.1.4.1.1.7",     // Secondary Capture
        "1.2.840.10008.5.1.4.1.1.7.1",   // Multi-frame Single Bit Secondary Capture
        "1.2.840.10008.5.1.4.1.1.7.2",   // Multi-frame Grayscale Byte Secondary Capture
        "1.2.840.10008.5.1.4.1.1.7.3",   // Multi-frame Grayscale Word Secondary Capture
        "1.2.840.10008.5.1.4.1.1.7.4",   // Multi-frame True Color Secondary Capture
    };
    for (const char* exact : kExact)
        if (uid == QLatin1String(exact))
            return true;
    // Visible light: endoscopy, microscopy, photographs, ophthalmic photos, and their videos.
    return startsWith(uid, "1.2.840.10008.5.1.4.1.1.77.1.");
}

bool isTextBearingModality(const QString& modality)
{
    static constexpr std::array<const char*, 12> kModalities = {"US", "IVUS", "XC", "ES", "GM", "SM", "DOC",
                                                                "OT", "VL", "OP", "SC", "BDUS"};
    for (const char* m : kModalities)
        if (modality.compare(QLatin1String(m), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool hasLetterOrDigit(const QString& text, int atLeast)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isLetterOrNumber() ? 1 : 0;
    return count >= atLeast;
}

bool keepWord(const OcrWord& word)
{
    if (!hasLetterOrDigit(word.text, 1))
        return false;
    if (word.confidence < kMinWordConfidence)
        return false;
    return hasLetterOrDigit(word.text, 2) || word.confidence >= kMinShortWordConfidence;
}

QRect mapBack(const QRect& box, int factor, int width, int height)
{
    const int x0 = std::clamp(box.left() / factor, 0, width - 1);
    const int y0 = std::clamp(box.top() / factor, 0, height - 1);
    const int x1 = std::clamp((box.right() + factor - 1) / factor, 0, width - 1);
    const int y1 = std::clamp((box.bottom() + factor - 1) / factor, 0, height - 1);
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

int enlargement(int width, int height)
{
    const int longest = std::max(width, height);
    if (longest <= 400)
        return 3;
    if (longest <= 1100)
        return 2;
    return 1;
}

// Wider than the thickest stroke of a letter at this picture size, so letters survive and
// bars and blobs do not: 9 pixels up to 540 wide, 1 more for each 60 beyond, at most 21 (odd).
int detailSize(int width, int height)
{
    const int size = std::clamp(std::max(width, height) / 60, 9, 21);
    return size | 1;
}

// Words side by side on one row of the picture, left to right: Tesseract's sparse mode
// splits a line at wide gaps ("MUSTERMANN," / "ERIKA ANNE"), which a person reads as one.
// Two words share a line when they overlap by half their height and stand closer than
// two and a half times it.
QList<QList<OcrWord>> intoLines(QList<OcrWord> words)
{
    std::sort(words.begin(), words.end(), [](const OcrWord& a, const OcrWord& b) {
        return a.box.left() != b.box.left() ? a.box.left() < b.box.left() : a.box.top() < b.box.top();
    });
    QList<QList<OcrWord>> lines;
    QList<QRect> boxes;
    for (const OcrWord& word : words) {
        qsizetype joined = -1;
        for (qsizetype i = 0; i < lines.size() && joined < 0; ++i) {
            const QRect& last = lines[i].back().box;
            const int overlap = std::min(last.bottom(), word.box.bottom()) - std::max(last.top(), word.box.top()) + 1;
            const int tall = std::max(last.height(), word.box.height());
            const int gap = word.box.left() - last.right();
            if (overlap * 2 >= std::min(last.height(), word.box.height()) && gap <= tall * 5 / 2)
                joined = i;
        }
        if (joined < 0) {
            lines.append({word});
        } else {
            lines[joined].append(word);
        }
    }
    std::sort(lines.begin(), lines.end(), [](const QList<OcrWord>& a, const QList<OcrWord>& b) {
        return a.front().box.top() != b.front().box.top() ? a.front().box.top() < b.front().box.top()
                                                         : a.front().box.left() < b.front().box.left();
    });
    return lines;
}

bool sameLine(const BurnedInLine& a, const BurnedInLine& b)
{
    if (a.text != b.text)
        return false;
    const QRect overlap = a.box.intersected(b.box);
    const int area = std::min(a.box.width() * a.box.height(), b.box.width() * b.box.height());
    return area > 0 && overlap.width() * overlap.height() * 2 >= area;
}

} // namespace

bool mayCarryBurnedInText(const media::InstanceHeader& header)
{
    if (header.burnedInAnnotation.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0)
        return true;
    return isTextBearingSopClass(header.sopClassUid) || isTextBearingModality(header.modality);
}

QList<int> framesToRead(int frameCount)
{
    if (frameCount <= 1)
        return {0};
    return {0, frameCount - 1};
}

QList<BurnedInLine> readTextInFrame(const pixels::DecodedFrame& frame, int frameIndex, OcrEngine& engine)
{
    QList<BurnedInLine> lines;
    TextImage image = textImageFromFrame(frame);
    if (image.isEmpty())
        return lines;
    // Medical overlay text is light on dark, often on a grey or coloured bar; a page or a form
    // is dark on light and is turned around first. Only what is brighter than its surroundings
    // is kept (the bars vanish), then turned to dark on light, enlarged, smoothed (blocky
    // screen fonts read better smooth) and given a white margin: Tesseract's taste.
    if (isMostlyLight(image))
        invertInPlace(image);
    TextImage forOcr = brightDetail(image, detailSize(image.width, image.height));
    invertInPlace(forOcr);
    const int factor = enlargement(image.width, image.height);
    forOcr = enlarge(forOcr, factor);
    for (int pass = 0; pass < factor; ++pass)
        forOcr = smooth(forOcr);
    forOcr = withMargin(forOcr, kMargin, 255);

    // Overlay text is small: a "letter" taller than a tenth of the picture (40 pixels at
    // least) is an edge of anatomy that Tesseract took for one.
    const int tallest = std::max(40, image.height / 10);
    QList<OcrWord> words;
    for (OcrWord word : engine.read(forOcr)) {
        word.box.translate(-kMargin, -kMargin);
        word.box = mapBack(word.box, factor, image.width, image.height);
        if (word.box.height() <= tallest)
            words.append(word);
    }
    for (const QList<OcrWord>& row : intoLines(words)) {
        const bool strong = std::any_of(row.begin(), row.end(), [](const OcrWord& w) {
            return keepWord(w) && w.confidence >= kStrongWordConfidence;
        });
        BurnedInLine line;
        line.frame = frameIndex;
        for (const OcrWord& word : row)
            if (keepWord(word) || (strong && hasLetterOrDigit(word.text, 4)))
                line.words.append(word);
        if (line.words.isEmpty())
            continue;
        QStringList texts;
        float confidence = 0;
        for (const OcrWord& word : line.words) {
            texts.append(word.text);
            line.box = line.box.isNull() ? word.box : line.box.united(word.box);
            confidence += word.confidence;
        }
        line.text = texts.join(QLatin1Char(' '));
        line.confidence = confidence / float(line.words.size());
        if (!hasLetterOrDigit(line.text, 4) && line.confidence < kMinShortLineConfidence)
            continue;
        lines.append(line);
    }
    return lines;
}

BurnedInScan scanImageForText(const pixels::DicomImageFile& image, const media::InstanceHeader& header,
                              OcrEngine& engine, const std::atomic_bool* cancel)
{
    BurnedInScan scan;
    if (!image.isValid()) {
        scan.decodeError = image.errorMessage();
        return scan;
    }
    const bool selected = mayCarryBurnedInText(header);
    pixels::DecodedFrame first = image.frame(0);
    if (first.isEmpty()) {
        scan.decodeError = first.error.isEmpty() ? image.errorMessage() : first.error;
        return scan;
    }
    scan.decoded = true;
    if (!selected) {
        scan.flaggedByDetector = detectText(textImageFromFrame(first)).hasText;
        if (!scan.flaggedByDetector)
            return scan;
    }
    if (!engine.isAvailable())
        return scan;
    scan.sentToOcr = true;
    for (const int index : framesToRead(image.frameCount())) {
        if (cancel && cancel->load())
            break;
        const pixels::DecodedFrame frame = index == 0 ? std::move(first) : image.frame(index);
        if (frame.isEmpty())
            continue;
        scan.framesRead.append(index);
        for (const BurnedInLine& line : readTextInFrame(frame, index, engine)) {
            const bool seen = std::any_of(scan.lines.begin(), scan.lines.end(),
                                          [&](const BurnedInLine& earlier) { return sameLine(earlier, line); });
            if (!seen)
                scan.lines.append(line);
        }
    }
    return scan;
}

} // namespace scanshield::exposure
