#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    const ALL: [Direction; 4] = [Direction::North, Direction::East, Direction::South, Direction::West];

    fn turn_right(self) -> Direction {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Direction::North => (0, 1),
            Direction::East => (1, 0),
            Direction::South => (0, -1),
            Direction::West => (-1, 0),
        }
    }
}

fn main() {
    let mut pos = (0, 0);
    let mut facing = Direction::North;
    for cmd in "FFRFFRFLF".chars() {
        match cmd {
            'F' => {
                let (dx, dy) = facing.delta();
                pos = (pos.0 + dx, pos.1 + dy);
            }
            'R' => facing = facing.turn_right(),
            'L' => facing = facing.turn_right().turn_right().turn_right(),
            _ => unreachable!(),
        }
    }
    println!("at {:?} facing {:?}", pos, facing);
    for d in Direction::ALL {
        println!("{:?} -> {:?} ({})", d, d.turn_right(), d as u8);
    }
    println!("{}", Direction::ALL.iter().position(|&d| d == Direction::South).unwrap());
}
