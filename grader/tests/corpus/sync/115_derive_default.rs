#[derive(Debug, Default)]
struct Settings {
    volume: u8,
    muted: bool,
    name: String,
    ratio: f64,
    history: Vec<u32>,
    theme: Theme,
    extra: Option<char>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Theme {
    Light,
    #[default]
    Dark,
}

#[derive(Debug)]
struct Port(u16);

impl Default for Port {
    fn default() -> Self {
        Port(8080)
    }
}

#[derive(Debug, Default)]
struct Server {
    port: Port,
    host: String,
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let custom = Settings { volume: 7, name: "mine".into(), ..Default::default() };
    println!("{:#?}", custom);
    println!("{:?}", Server::default());
    let t: (i32, String, bool) = Default::default();
    println!("{:?}", t);
    println!("{:?} {}", Theme::default(), Theme::default() == Theme::Light);
    let v: Vec<u8> = Default::default();
    println!("{:?} {:?} {:?}", v, u64::default(), char::default());
}
