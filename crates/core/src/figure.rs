//! The exercise figure: a jointed person, its joints' human ranges, and the poses of a move.
//!
//! A pose gives every joint three angles in degrees, one about each body axis:
//! `sagittal/frontal/axial`. Sagittal is flexion (+) and extension (−); frontal is a side bend
//! to the figure's left (+) for the spine, neck and eyes, and abduction or elevation (+) for a
//! limb; axial is a turn to the left (+) for the spine, neck and eyes, and external rotation or
//! supination (+) for a limb. Limb angles mean the same on both sides, so mirroring a per-side
//! move is swapping left and right and negating the centre's side bends and turns.
//!
//! The limits are the normal active ranges in `FIGURES.md` (AAOS norms); the build refuses a
//! pose outside them. [`notation`] parses a move, [`motion`] times and interpolates it, and
//! [`kinematics`] turns a pose into the strokes the page draws.

pub mod kinematics;
#[cfg(feature = "markdown")]
pub mod library;
pub mod motion;
pub mod notation;
pub mod packed;

use std::ops::RangeInclusive;

use crate::pack::Position;

/// The view a move is drawn in: side for flexion and extension, front for side bends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Front,
    Side,
}

/// What carries the context of a move. `offset` places it along the view's horizontal axis, in
/// hundredths of body height from the figure's anchor (the hips seated, the feet standing);
/// `None` is the prop's usual place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prop {
    pub kind: PropKind,
    pub offset: Option<i16>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropKind {
    Chair,
    Desk,
    Wall,
    Mat,
}

impl PropKind {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "chair" => Some(Self::Chair),
            "desk" => Some(Self::Desk),
            "wall" => Some(Self::Wall),
            "mat" => Some(Self::Mat),
            _ => None,
        }
    }
}

/// How the figure meets the ground: on a seat, on its feet, or on the floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    Seated,
    Standing,
    Floor,
}

impl From<Position> for Stance {
    fn from(position: Position) -> Self {
        match position {
            Position::Sitting => Self::Seated,
            Position::Standing => Self::Standing,
            Position::Floor => Self::Floor,
        }
    }
}

macro_rules! joints {
    ($($variant:ident $name:literal [$a:expr, $b:expr, $c:expr] $mirror:ident,)*) => {
        /// Every joint of the figure, in the order a [`Pose`] stores them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Joint { $($variant),* }

        impl Joint {
            pub const ALL: &'static [Joint] = &[$(Joint::$variant),*];

            /// The name the notation uses.
            pub fn name(self) -> &'static str {
                match self { $(Joint::$variant => $name),* }
            }

            /// Human range of each angle, in degrees: sagittal, frontal, axial.
            pub fn range(self) -> [RangeInclusive<i16>; 3] {
                match self { $(Joint::$variant => [$a, $b, $c]),* }
            }

            /// The same joint on the other side (itself for the centre).
            pub fn mirror(self) -> Joint {
                match self { $(Joint::$variant => Joint::$mirror),* }
            }
        }
    };
}

// Ranges from FIGURES.md. Trunk limits hold for each spine segment and for both together, and
// the neck's for the neck and the head's nod on top of it together (a chin tuck is both);
// the thumb swings away from the fingers in the palm's plane (CMC extension and abduction);
// the pelvis is the body's orientation (lying, on all fours), not a joint; lids are how far
// the upper lid has closed; sight is the length of a dashed line of sight, in hundredths of H.
joints! {
    Pelvis "pelvis" [-100..=100, -90..=90, -90..=90] Pelvis,
    Lumbar "lumbar" [-30..=80, -35..=35, -45..=45] Lumbar,
    Thorax "thorax" [-30..=80, -35..=35, -45..=45] Thorax,
    Neck "neck" [-60..=50, -45..=45, -80..=80] Neck,
    Head "head" [-25..=25, -15..=15, -10..=10] Head,
    Eyes "eyes" [-30..=30, -35..=35, 0..=0] Eyes,
    Lids "lids" [0..=90, 0..=0, 0..=0] Lids,
    Sight "sight" [0..=300, 0..=0, 0..=0] Sight,
    ScapL "scap.l" [0..=0, -10..=40, -25..=25] ScapR,
    ScapR "scap.r" [0..=0, -10..=40, -25..=25] ScapL,
    ShoulderL "shoulder.l" [-60..=180, -30..=180, -70..=90] ShoulderR,
    ShoulderR "shoulder.r" [-60..=180, -30..=180, -70..=90] ShoulderL,
    ElbowL "elbow.l" [0..=150, 0..=0, -80..=80] ElbowR,
    ElbowR "elbow.r" [0..=150, 0..=0, -80..=80] ElbowL,
    WristL "wrist.l" [-70..=80, -30..=20, 0..=0] WristR,
    WristR "wrist.r" [-70..=80, -30..=20, 0..=0] WristL,
    FingersL "fingers.l" [-20..=90, 0..=30, 0..=0] FingersR,
    FingersR "fingers.r" [-20..=90, 0..=30, 0..=0] FingersL,
    ThumbL "thumb.l" [0..=60, 0..=0, 0..=0] ThumbR,
    ThumbR "thumb.r" [0..=60, 0..=0, 0..=0] ThumbL,
    HipL "hip.l" [-30..=120, -30..=45, -45..=45] HipR,
    HipR "hip.r" [-30..=120, -30..=45, -45..=45] HipL,
    KneeL "knee.l" [0..=135, 0..=0, 0..=0] KneeR,
    KneeR "knee.r" [0..=135, 0..=0, 0..=0] KneeL,
    AnkleL "ankle.l" [-50..=20, -20..=35, 0..=0] AnkleR,
    AnkleR "ankle.r" [-50..=20, -20..=35, 0..=0] AnkleL,
}

pub const JOINT_COUNT: usize = Joint::ALL.len();

impl Joint {
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn by_name(name: &str) -> Option<Joint> {
        Joint::ALL.iter().copied().find(|j| j.name() == name)
    }

    /// A centre joint whose frontal and axial angles change sign in a mirror image.
    fn is_centre(self) -> bool {
        self.mirror() == self
    }
}

/// Joints whose angles add up within the range of the first: the trunk is the lumbar and
/// thoracic spine together, the neck is the neck and the head's nod on it.
pub const SUMMED: [(Joint, Joint); 2] = [(Joint::Lumbar, Joint::Thorax), (Joint::Neck, Joint::Head)];

/// What a mark shows: a motion or an effort too small for the pose alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Pulse rings at a muscle that tightens.
    Squeeze,
    /// A circular arrow around the place: a roll or a circle.
    Roll,
    /// A two-headed arc around the place: a turn one way and back.
    Twist,
    /// A straight arrow beside the place, the way it moves or pushes.
    Up,
    Down,
    Forward,
    Back,
    /// Breath lines out of the mouth, or an arrow in at the nose.
    Exhale,
    Inhale,
    /// A magnified inset of the place: a hand, or the eyes with the path they trace.
    Detail,
}

/// Where a mark sits on the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Glutes,
    Belly,
    Hips,
    Head,
    Eyes,
    ShoulderL,
    ShoulderR,
    HandL,
    HandR,
}

/// Mark names and the places they take, as the notation writes them; `exhale` and `inhale`
/// take none (they sit at the face).
pub const MARKS: [(&str, MarkKind); 10] = [
    ("squeeze", MarkKind::Squeeze),
    ("roll", MarkKind::Roll),
    ("twist", MarkKind::Twist),
    ("up", MarkKind::Up),
    ("down", MarkKind::Down),
    ("forward", MarkKind::Forward),
    ("back", MarkKind::Back),
    ("exhale", MarkKind::Exhale),
    ("inhale", MarkKind::Inhale),
    ("detail", MarkKind::Detail),
];
pub const ANCHORS: [(&str, Anchor); 9] = [
    ("glutes", Anchor::Glutes),
    ("belly", Anchor::Belly),
    ("hips", Anchor::Hips),
    ("head", Anchor::Head),
    ("eyes", Anchor::Eyes),
    ("shoulder.l", Anchor::ShoulderL),
    ("shoulder.r", Anchor::ShoulderR),
    ("hand.l", Anchor::HandL),
    ("hand.r", Anchor::HandR),
];

impl Anchor {
    pub fn mirror(self) -> Anchor {
        match self {
            Anchor::ShoulderL => Anchor::ShoulderR,
            Anchor::ShoulderR => Anchor::ShoulderL,
            Anchor::HandL => Anchor::HandR,
            Anchor::HandR => Anchor::HandL,
            other => other,
        }
    }
}

/// A motion mark drawn with the figure: pure data, placed on the body by [`kinematics`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub kind: MarkKind,
    pub at: Anchor,
}

/// At most this many distinct marks per figure (a key's marks are bits of its pose).
pub const MAX_MARKS: usize = 16;

/// Angles in degrees for every joint: `[sagittal, frontal, axial]`, indexed by [`Joint`], and
/// which of the figure's [`Figure::marks`] show in this pose (bit `i` for mark `i`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose(pub [[f32; 3]; JOINT_COUNT], pub u32);

impl Pose {
    /// Standing straight, arms by the sides, eyes open and level.
    pub const NEUTRAL: Pose = Pose([[0.0; 3]; JOINT_COUNT], 0);

    /// The neutral pose of a stance: seated means hips and knees at a right angle and the
    /// hands resting on the thighs.
    pub fn rest(stance: Stance) -> Pose {
        let mut pose = Pose::NEUTRAL;
        if stance == Stance::Seated {
            for j in [Joint::HipL, Joint::HipR, Joint::KneeL, Joint::KneeR] {
                pose.set(j, [90.0, 0.0, 0.0]);
            }
            for j in [Joint::ShoulderL, Joint::ShoulderR] {
                pose.set(j, [15.0, 0.0, 0.0]);
            }
            for j in [Joint::ElbowL, Joint::ElbowR] {
                pose.set(j, [65.0, 0.0, 0.0]);
            }
        }
        pose
    }

    pub fn get(&self, joint: Joint) -> [f32; 3] {
        self.0[joint.index()]
    }

    pub fn set(&mut self, joint: Joint, angles: [f32; 3]) {
        self.0[joint.index()] = angles;
    }

    /// The mirror image: left and right swap, the centre's side bends and turns change sign.
    pub fn mirrored(&self) -> Pose {
        let mut out = Pose([[0.0; 3]; JOINT_COUNT], self.1);
        for &joint in Joint::ALL {
            let [a, b, c] = self.get(joint);
            let angles = if joint.is_centre() { [a, -b, -c] } else { [a, b, c] };
            out.set(joint.mirror(), angles);
        }
        out
    }

    /// Linear blend from `self` (t = 0) to `other` (t = 1), angle by angle; the marks are the
    /// nearer pose's.
    pub fn lerp(&self, other: &Pose, t: f32) -> Pose {
        let mut out = *self;
        if t >= 0.5 {
            out.1 = other.1;
        }
        for (o, b) in out.0.iter_mut().zip(other.0.iter()) {
            for (x, y) in o.iter_mut().zip(b.iter()) {
                *x += (y - *x) * t;
            }
        }
        out
    }

    /// How far a pose is from another: the sum of absolute angle differences.
    pub fn distance(&self, other: &Pose) -> f32 {
        self.0.iter().flatten().zip(other.0.iter().flatten()).map(|(a, b)| (a - b).abs()).sum()
    }
}

/// One key pose of a move's loop: held for `hold_ms`, then eased into the next over `move_ms`.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub pose: Pose,
    pub hold_ms: u32,
    pub move_ms: u32,
}

/// How an exercise is drawn: the view, the props and a loop of key poses.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub view: View,
    pub stance: Stance,
    pub props: Vec<Prop>,
    /// Never empty: the notation refuses an empty loop.
    pub keys: Vec<Key>,
    /// The pelvis is set by the poses (lying, on all fours, perched) rather than by the
    /// supporting leg.
    pub pelvis_given: bool,
    /// Frame the upper body only: hands and face moves.
    pub close: bool,
    /// Seen from the figure's left (the side view) or turned to show its left (the front
    /// view's three quarters), so that the limbs of a left-side move are near.
    pub near_left: bool,
    /// The motion marks its keys show, at most [`MAX_MARKS`].
    pub marks: Vec<Mark>,
}

impl Figure {
    /// The same move on the other side, seen from that side.
    pub fn mirrored(&self) -> Figure {
        let keys = self.keys.iter().map(|k| Key { pose: k.pose.mirrored(), ..*k }).collect();
        let marks = self.marks.iter().map(|m| Mark { at: m.at.mirror(), ..*m }).collect();
        let near_left = !self.near_left;
        Figure { keys, props: self.props.clone(), near_left, marks, ..*self }
    }

    /// The key pose that shows the move best when nothing may move: the one with the most
    /// marks, then the one furthest from the stance's rest pose (the first of equals).
    pub fn still(&self) -> &Pose {
        let rest = Pose::rest(self.stance);
        let score = |p: &Pose| p.distance(&rest) + 1000.0 * p.1.count_ones() as f32;
        let mut best = &self.keys[0];
        for key in &self.keys[1..] {
            if score(&key.pose) > score(&best.pose) {
                best = key;
            }
        }
        &best.pose
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joint_names_are_unique_and_round_trip() {
        for &j in Joint::ALL {
            assert_eq!(Joint::by_name(j.name()), Some(j));
            assert_eq!(j.mirror().mirror(), j);
        }
        assert_eq!(Joint::by_name("elbow"), None);
    }

    #[test]
    fn mirroring_swaps_left_and_right_and_turns_the_centre_the_other_way() {
        let mut pose = Pose::rest(Stance::Seated);
        pose.set(Joint::ShoulderL, [90.0, 20.0, 10.0]);
        pose.set(Joint::KneeR, [30.0, 0.0, 0.0]);
        pose.set(Joint::Neck, [10.0, 30.0, -40.0]);
        pose.set(Joint::Eyes, [5.0, -20.0, 0.0]);
        let m = pose.mirrored();
        assert_eq!(m.get(Joint::ShoulderR), [90.0, 20.0, 10.0]);
        assert_eq!(m.get(Joint::ShoulderL), [15.0, 0.0, 0.0], "the seated rest, hands on the thighs");
        assert_eq!(m.get(Joint::KneeL), [30.0, 0.0, 0.0]);
        assert_eq!(m.get(Joint::KneeR), [90.0, 0.0, 0.0]);
        assert_eq!(m.get(Joint::Neck), [10.0, -30.0, 40.0]);
        assert_eq!(m.get(Joint::Eyes), [5.0, 20.0, 0.0]);
        assert_eq!(m.mirrored(), pose);
    }

    #[test]
    fn lerp_blends_every_angle() {
        let mut a = Pose::NEUTRAL;
        a.set(Joint::Neck, [40.0, 0.0, -20.0]);
        let mid = Pose::NEUTRAL.lerp(&a, 0.5);
        assert_eq!(mid.get(Joint::Neck), [20.0, 0.0, -10.0]);
        assert_eq!(Pose::NEUTRAL.lerp(&a, 1.0), a);
    }
}
