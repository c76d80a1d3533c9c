#[derive(Debug)]
enum State {
    Idle,
    Running(u32),
    Done,
}

fn advance(s: State) -> State {
    match s {
        State::Idle => State::Running(1),
        State::Running(n) if n < 3 => State::Running(n + 1),
        State::Running(_) => State::Done,
        State::Done => panic!("cannot advance from {:?} (already finished)", s),
    }
}

fn main() {
    let mut s = State::Idle;
    for _ in 0..6 {
        s = advance(s);
        println!("{:?}", s);
    }
}
