#pragma once

#include "media/FileProblem.h"
#include "media/InstanceHeader.h"
#include "media/OtherFileKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace scanshield::media {

// One DICOM object on the disc and where it is.
struct IndexedInstance {
    QString path;   // relative to the disc root
    qint64 size = 0;
    InstanceHeader header;
};

struct SeriesEntry {
    QString uid;
    QString modality;
    QString description;
    int number = -1;
    QList<IndexedInstance> instances; // in viewing order

    int frameCount() const;
};

struct StudyEntry {
    QString uid;
    QString date;        // YYYYMMDD as written
    QString time;
    QString description;
    QString accessionNumber;
    QList<SeriesEntry> series;
};

struct PatientEntry {
    QString name;        // DICOM person name, decoded: "Yamada^Tarou=山田^太郎"
    QString id;
    QString birthDate;
    QString sex;
    QList<StudyEntry> studies;
};

// A file that is not a medical image (a viewer program, a text file, a web page).
struct OtherFile {
    QString path;
    qint64 size = 0;
    OtherFileKind kind = OtherFileKind::Unknown;
};

// Everything found on a disc. Every file ends in exactly one of: an instance of a series,
// a media directory (DICOMDIR), or a problem (not a medical image, damaged, missing...).
struct DiscIndex {
    QString location;
    int filesTotal = 0;                 // regular files on the disc
    QStringList mediaDirectories;       // DICOMDIR and vendor directory files
    QList<PatientEntry> patients;
    QList<FileProblem> problems;        // including files that are not medical images
    QList<OtherFile> otherFiles;        // the not-a-medical-image files, with their kind

    int instancesTotal() const;
    int seriesTotal() const;
    int studiesTotal() const;
};

// Groups instances as they arrive into patients, studies and series, and puts each level in
// an order a person expects: studies by date, series by number, images by position.
class DiscIndexBuilder {
public:
    void add(IndexedInstance instance);
    // The index so far, sorted. Cheap enough to call for progress updates on small discs.
    QList<PatientEntry> patients() const;
    // The whole index, sorted, without copying it; the builder is empty afterwards.
    QList<PatientEntry> takePatients();

private:
    QList<PatientEntry> m_patients;
};

// Human-readable form of a DICOM person name: "Tarou Yamada (山田 太郎)".
QString readablePersonName(const QString& dicomName);

} // namespace scanshield::media
