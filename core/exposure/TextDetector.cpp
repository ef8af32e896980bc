#include "exposure/TextDetector.h"

#include <algorithm>
#include <vector>

namespace scanshield::exposure {

namespace {

constexpr int kWorkingSize = 1024;   // larger pictures are shrunk to this
constexpr int kMaxStroke = 6;        // widest run that still counts as a letter's stroke
constexpr int kContrast = 60;        // how much darker the background beside a stroke is
constexpr int kMaxStrokeGap = 12;    // strokes of one word are closer than this
constexpr int kMinStrokesInRow = 4;
constexpr int kMinLineHeight = 4;
constexpr int kMaxLineHeight = 48;
constexpr int kMinStrokesInLine = 12;

struct Segment {
    int x0 = 0, x1 = 0; // inclusive
    int strokes = 0;
};

struct Region {
    int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    int lastRow = 0;
    int rowsWithSegments = 0;
    int strokes = 0;
};

int brightestLevel(const TextImage& image)
{
    return image.pixels.empty() ? 0 : *std::max_element(image.pixels.begin(), image.pixels.end());
}

// True when a bright pixel touches the run [x0, x1] in the row above or below: letters'
// strokes are at least two pixels tall, speckle and noise often are not.
bool continuesVertically(const TextImage& image, int y, int x0, int x1, int bright)
{
    const int from = std::max(0, x0 - 1);
    const int to = std::min(image.width - 1, x1 + 1);
    for (const int ny : {y - 1, y + 1}) {
        if (ny < 0 || ny >= image.height)
            continue;
        for (int x = from; x <= to; ++x)
            if (image.at(x, ny) >= bright)
                return true;
    }
    return false;
}

// The stroke-like runs of one row, chained into segments of three strokes or more.
void segmentsOfRow(const TextImage& image, int y, int bright, std::vector<Segment>& out, int& strokeCount)
{
    out.clear();
    const int width = image.width;
    const std::uint8_t* row = &image.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width)];
    Segment current;
    int lastStrokeEnd = -1000;
    for (int x = 2; x < width - 2;) {
        if (row[x] < bright) {
            ++x;
            continue;
        }
        int end = x;
        int runMin = row[x];
        while (end + 1 < width && row[end + 1] >= bright) {
            ++end;
            runMin = std::min<int>(runMin, row[end]);
        }
        const int length = end - x + 1;
        const int dark = runMin - kContrast;
        const bool leftDark = row[x - 1] <= dark || row[x - 2] <= dark;
        const bool rightDark = end + 2 < width && (row[end + 1] <= dark || row[end + 2] <= dark);
        if (length <= kMaxStroke && leftDark && rightDark && continuesVertically(image, y, x, end, bright)) {
            ++strokeCount;
            if (x - lastStrokeEnd > kMaxStrokeGap) {
                if (current.strokes >= kMinStrokesInRow)
                    out.push_back(current);
                current = Segment{x, end, 0};
            }
            current.x1 = end;
            ++current.strokes;
            lastStrokeEnd = end;
        }
        x = end + 1;
    }
    if (current.strokes >= kMinStrokesInRow)
        out.push_back(current);
}

double brightShare(const TextImage& image, const Region& r, int bright)
{
    int lit = 0;
    for (int y = r.y0; y <= r.y1; ++y)
        for (int x = r.x0; x <= r.x1; ++x)
            lit += image.at(x, y) >= bright ? 1 : 0;
    const int area = (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1);
    return area > 0 ? double(lit) / area : 0.0;
}

// The bright share of the clearest of the three rows beyond one edge of the region (step -1:
// above, +1: below). A line of text has a gap to the next line; thin anatomy (bone septa,
// vessel walls) runs on through it.
double clearestRowBeyond(const TextImage& image, const Region& r, int bright, int step)
{
    double clearest = 1.0;
    const int edge = step < 0 ? r.y0 : r.y1;
    for (int d = 1; d <= 3; ++d) {
        const int y = edge + step * d;
        if (y < 0 || y >= image.height)
            return 0.0; // the picture's border is as clear as it gets
        int lit = 0;
        for (int x = r.x0; x <= r.x1; ++x)
            lit += image.at(x, y) >= bright ? 1 : 0;
        clearest = std::min(clearest, double(lit) / (r.x1 - r.x0 + 1));
    }
    return clearest;
}

bool isTextLine(const TextImage& image, const Region& r, int bright)
{
    const int height = r.y1 - r.y0 + 1;
    const int width = r.x1 - r.x0 + 1;
    if (height < kMinLineHeight || height > kMaxLineHeight || width < 2 * height)
        return false;
    if (r.rowsWithSegments * 2 < height || r.strokes < kMinStrokesInLine)
        return false;
    const double share = brightShare(image, r, bright);
    if (share < 0.08 || share > 0.65)
        return false;
    // Clear above; below, descenders (g, p, y) may reach a little further.
    return clearestRowBeyond(image, r, bright, -1) <= 0.10 && clearestRowBeyond(image, r, bright, +1) <= 0.20;
}

} // namespace

namespace {

// The text lines of `image` (working size, light text), where `bright` is the level strokes reach.
TextDetection linesOf(const TextImage& image, int bright, int factor, int originalWidth, int originalHeight)
{
    TextDetection detection;
    std::vector<Segment> segments;
    std::vector<Region> open;
    std::vector<Region> closed;
    for (int y = 0; y < image.height; ++y) {
        segmentsOfRow(image, y, bright, segments, detection.strokes);
        for (const Segment& s : segments) {
            Region* joined = nullptr;
            for (Region& r : open)
                if (r.lastRow >= y - 2 && s.x0 <= r.x1 && s.x1 >= r.x0) {
                    joined = &r;
                    break;
                }
            if (!joined) {
                open.push_back(Region{s.x0, s.x1, y, y, y, 0, 0});
                joined = &open.back();
            }
            joined->x0 = std::min(joined->x0, s.x0);
            joined->x1 = std::max(joined->x1, s.x1);
            joined->y1 = y;
            if (joined->lastRow != y || joined->rowsWithSegments == 0)
                ++joined->rowsWithSegments;
            joined->lastRow = y;
            joined->strokes += s.strokes;
        }
        // Regions no segment reached for two rows are finished.
        for (auto it = open.begin(); it != open.end();) {
            if (it->lastRow < y - 2) {
                closed.push_back(*it);
                it = open.erase(it);
            } else {
                ++it;
            }
        }
    }
    closed.insert(closed.end(), open.begin(), open.end());
    for (const Region& r : closed) {
        if (!isTextLine(image, r, bright))
            continue;
        detection.lines.append(QRect(QPoint(r.x0 * factor, r.y0 * factor),
                                     QPoint(std::min(originalWidth - 1, r.x1 * factor + factor - 1),
                                            std::min(originalHeight - 1, r.y1 * factor + factor - 1))));
    }
    detection.hasText = !detection.lines.isEmpty();
    return detection;
}

int workingFactor(const TextImage& image)
{
    return (std::max(image.width, image.height) + kWorkingSize - 1) / kWorkingSize;
}

} // namespace

TextDetection detectText(const TextImage& original)
{
    if (original.isEmpty())
        return {};
    const int factor = workingFactor(original);
    TextImage image = shrinkKeepingBright(original, factor);
    if (isMostlyLight(image))
        invertInPlace(image);
    const int bright = std::max(128, brightestLevel(image) * 78 / 100);
    return linesOf(image, bright, factor, original.width, original.height);
}

} // namespace scanshield::exposure
