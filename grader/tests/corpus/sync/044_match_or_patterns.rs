#[derive(Debug, Clone, Copy)]
enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Day) -> bool {
    matches!(d, Day::Sat | Day::Sun)
}

fn main() {
    use Day::*;
    for d in [Mon, Tue, Wed, Thu, Fri, Sat, Sun] {
        let kind = match d {
            Mon | Tue | Wed | Thu => "work",
            Fri => "almost",
            Sat | Sun => "rest",
        };
        println!("{:?}: {kind} (weekend: {})", d, is_weekend(d));
    }
    let pairs = [(0, 1), (1, 0), (2, 2), (3, 0)];
    for p in pairs {
        match p {
            (0, y) | (y, 0) => println!("{p:?} touches an axis, other = {y}"),
            (a, b) => println!("{p:?} sum {}", a + b),
        }
    }
    let results: [Result<i32, i32>; 2] = [Ok(3), Err(-4)];
    for r in results {
        let (Ok(v) | Err(v)) = r;
        println!("{r:?} carries {v}");
    }
}
