use tokio::time::{interval, sleep, Duration, Instant, MissedTickBehavior};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ms = |t: Instant| t.duration_since(start).as_millis();
    let mut iv = interval(Duration::from_millis(10));
    iv.tick().await;
    sleep(Duration::from_millis(4)).await;
    iv.reset();
    let t = iv.tick().await;
    println!("after reset at 4: tick {} at {}", ms(t), start.elapsed().as_millis());
    iv.reset_immediately();
    let t = iv.tick().await;
    println!("reset_immediately: tick {} at {}", ms(t), start.elapsed().as_millis());
    iv.reset_after(Duration::from_millis(3));
    let t = iv.tick().await;
    println!("reset_after 3: tick {} at {}", ms(t), start.elapsed().as_millis());
    iv.reset_at(start + Duration::from_millis(40));
    let t = iv.tick().await;
    println!("reset_at 40: tick {} at {}", ms(t), start.elapsed().as_millis());
    let t = iv.tick().await;
    println!("next: tick {} at {}", ms(t), start.elapsed().as_millis());
    let mut d = interval(Duration::from_millis(10));
    d.set_missed_tick_behavior(MissedTickBehavior::Delay);
    d.tick().await;
    sleep(Duration::from_millis(25)).await;
    let mut got = Vec::new();
    for _ in 0..3 {
        let t = d.tick().await;
        got.push((ms(t), start.elapsed().as_millis()));
    }
    println!("delay {got:?}");
    let mut s = interval(Duration::from_millis(10));
    s.set_missed_tick_behavior(MissedTickBehavior::Skip);
    s.tick().await;
    sleep(Duration::from_millis(25)).await;
    let mut got = Vec::new();
    for _ in 0..3 {
        let t = s.tick().await;
        got.push((ms(t), start.elapsed().as_millis()));
    }
    println!("skip {got:?}");
    let mut b = interval(Duration::from_millis(10));
    b.tick().await;
    sleep(Duration::from_millis(25)).await;
    let mut got = Vec::new();
    for _ in 0..4 {
        let t = b.tick().await;
        got.push((ms(t), start.elapsed().as_millis()));
    }
    println!("burst {got:?}");
    let mut iv = interval(Duration::from_millis(10));
    let r = tokio::time::timeout(Duration::from_millis(25), async {
        let mut n = 0;
        loop {
            iv.tick().await;
            n += 1;
            println!("tick {n} at {}", start.elapsed().as_millis());
        }
    })
    .await;
    println!("timeout {:?}", r.is_err());
    let t = iv.tick().await;
    println!("tick after the timeout: {} at {}", ms(t), start.elapsed().as_millis());
}
