#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
    Flashing,
}

#[derive(Debug)]
enum Event {
    Timer,
    Fault,
    Reset,
}

impl Light {
    fn next(self, e: &Event) -> Light {
        match (self, e) {
            (_, Event::Fault) => Light::Flashing,
            (Light::Flashing, Event::Reset) => Light::Red,
            (Light::Flashing, _) => Light::Flashing,
            (Light::Red, Event::Timer) => Light::Green,
            (Light::Green, Event::Timer) => Light::Yellow,
            (Light::Yellow, Event::Timer) => Light::Red,
            (s, Event::Reset) => s,
        }
    }
    fn seconds(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
            Light::Flashing => 0,
        }
    }
}

fn main() {
    let events = [Event::Timer, Event::Timer, Event::Reset, Event::Timer, Event::Fault, Event::Timer, Event::Reset, Event::Timer];
    let mut light = Light::Red;
    let mut elapsed = 0;
    for e in &events {
        let next = light.next(e);
        elapsed += light.seconds();
        println!("{:<8} --{:?}--> {:?}", format!("{:?}", light), e, next);
        light = next;
    }
    println!("final {:?} after {elapsed}s", light);
}
