#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<u8>,
}

#[derive(Debug, Clone, Copy)]
struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        Level(3)
    }
}

#[derive(Debug, Default)]
struct Settings {
    level: Level,
    cfg: Config,
    pair: (i32, char),
}

#[derive(Debug, Default, PartialEq)]
enum Mode {
    Fast,
    #[default]
    Safe,
    Custom(u32),
}

fn fresh<T: Default + std::fmt::Debug>() -> T {
    T::default()
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { retries: 5, name: "prod".into(), ..Default::default() };
    println!("{:?}", c2);
    println!("{}", c == c2);
    let s: Settings = Default::default();
    println!("{:#?}", s);
    println!("{:?} {:?}", Mode::default(), Mode::Custom(2));
    println!("{}", Mode::default() == Mode::Safe);
    let l: Level = fresh();
    let n: i32 = fresh();
    let s: String = fresh();
    println!("{:?} {} {:?}", l, n, s);
    let mut copy = l;
    copy.0 += 1;
    println!("{:?} {:?}", l, copy);
    let o: Option<Mode> = None;
    println!("{:?}", o.unwrap_or_default());
    println!("{:?}", Mode::Fast);
}
