// scanshield-cli face PATH: which series of a disc hold a face that can be rebuilt, measured
// on the skin surface, and a picture of it drawn without a display.
#include "cli/CliCommands.h"
#include "cli/CliText.h"

#include "media/DiscScanner.h"
#include "volume/FacePass.h"
#include "volume/PngWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace scanshield::cli {

namespace {

const char* landmarkKey(volume::FaceLandmarkKind kind)
{
    switch (kind) {
    case volume::FaceLandmarkKind::NoseTip: return "nose_tip";
    case volume::FaceLandmarkKind::Nasion: return "nasion";
    case volume::FaceLandmarkKind::Lips: return "lips";
    case volume::FaceLandmarkKind::Chin: return "chin";
    }
    return "unknown";
}

QJsonObject toJson(const volume::SeriesFace& face)
{
    QJsonObject landmarks;
    for (std::size_t i = 0; i < volume::kFaceLandmarkCount; ++i) {
        const auto kind = volume::FaceLandmarkKind(i);
        const volume::FaceLandmark& landmark = face.region.landmark(kind);
        QJsonObject entry{{QStringLiteral("found"), landmark.found}};
        if (landmark.found)
            entry.insert(QStringLiteral("position_mm"),
                         QJsonArray{landmark.point[0], landmark.point[1], landmark.point[2]});
        landmarks.insert(QString::fromLatin1(landmarkKey(kind)), entry);
    }
    const volume::FaceMeasures& m = face.measures;
    return QJsonObject{
        {QStringLiteral("series_uid"), face.seriesUid},
        {QStringLiteral("modality"), face.modality},
        {QStringLiteral("description"), face.description},
        {QStringLiteral("head_volume"), face.headVolume.isHeadVolume},
        {QStringLiteral("slices"), face.slices},
        {QStringLiteral("nose_found"), face.side.confirmed},
        {QStringLiteral("face_visible"), face.faceVisible},
        {QStringLiteral("reason"), face.problem},
        {QStringLiteral("measures"),
         QJsonObject{{QStringLiteral("measured"), m.measured},
                     {QStringLiteral("face_region_cm2"), double(face.region.pixelCount) * face.region.framing.mmPerPixel *
                                                             face.region.framing.mmPerPixel / 100.0},
                     {QStringLiteral("share_present"), m.shareStillPresent},
                     {QStringLiteral("landmarks_found"), m.landmarksFound},
                     {QStringLiteral("relief_mm"), m.reliefBeforeMm},
                     {QStringLiteral("nose_prominence_mm"), face.side.noseProminenceMm},
                     {QStringLiteral("landmarks"), landmarks}}},
    };
}

// The front and the side of one head, side by side.
bool writeFacePng(const volume::SeriesFace& face, const QString& path, QString* error)
{
    const volume::RenderedImage& front = face.front;
    const volume::RenderedImage& side = face.side90;
    if (front.isEmpty() || side.isEmpty() || front.height != side.height) {
        *error = CliText::tr("There is no picture of this series to write.");
        return false;
    }
    const int width = front.width + side.width;
    std::vector<std::uint8_t> rgb(std::size_t(width) * std::size_t(front.height) * 3);
    for (int y = 0; y < front.height; ++y) {
        std::copy_n(front.rgb.begin() + std::ptrdiff_t(y) * front.width * 3, front.width * 3,
                    rgb.begin() + std::ptrdiff_t(y) * width * 3);
        std::copy_n(side.rgb.begin() + std::ptrdiff_t(y) * side.width * 3, side.width * 3,
                    rgb.begin() + std::ptrdiff_t(y) * width * 3 + front.width * 3);
    }
    return volume::writeRgbPng(path, width, front.height, rgb, error);
}

} // namespace

int runFace(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Find the series of a disc from which a face can be rebuilt, and measure it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), CliText::tr("A disc folder, a DICOMDIR, a ZIP or an ISO file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    const QCommandLineOption pngOption(QStringLiteral("png"), CliText::tr("Write the face (front and side) of the first series that shows one to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOptions({jsonOption, pngOption});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseDiscCommand(parser, QStringLiteral("face"), arguments))
        return *done;
    const QString path = parser.positionalArguments().first();
    const media::ScanResult scan = media::DiscScanner().scan(path);
    if (!scan.opened) {
        err << scan.error << "\n";
        return ExitUnreadableInput;
    }
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    if (!source) {
        err << error << "\n";
        return ExitUnreadableInput;
    }
    volume::FacePass pass;
    pass.setPictureSize(parser.isSet(pngOption) ? 512 : 0);
    const QList<volume::SeriesFace> faces = pass.run(scan.index, *source);

    if (parser.isSet(pngOption)) {
        const volume::SeriesFace* shown = nullptr;
        for (const volume::SeriesFace& face : faces)
            if (!shown && (face.faceVisible || (face.headVolume.isHeadVolume && !face.front.isEmpty())))
                shown = &face;
        if (!shown) {
            err << CliText::tr("No series of this disc is a 3D scan of a head; no picture was written.") << "\n";
            return ExitFailed;
        }
        if (!writeFacePng(*shown, QDir(parser.value(pngOption)).absolutePath(), &error)) {
            err << error << "\n";
            return ExitFailed;
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray series;
        for (const volume::SeriesFace& face : faces)
            series.append(toJson(face));
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("series"), series}}).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        for (const volume::SeriesFace& face : faces) {
            if (!face.headVolume.isHeadVolume)
                continue;
            out << (face.faceVisible ? CliText::tr("A face can be rebuilt from: %1") : CliText::tr("No face found in: %1"))
                       .arg(face.description.isEmpty() ? face.modality : face.description)
                << "\n";
            if (!face.problem.isEmpty())
                out << "  " << face.problem << "\n";
        }
    }
    return ExitOk;
}

} // namespace scanshield::cli
