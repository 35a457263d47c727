#ifndef DICE_H
#define DICE_H
int roll(void);
#endif
