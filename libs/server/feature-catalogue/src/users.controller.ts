import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { createUser, listUsers, parseUserInput, UserView } from '@ws/server-catalogue-store';
import { DataSource } from 'typeorm';

@ApiTags('administration')
@Roles('central_office')
@Controller('users')
export class UsersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  list(): Promise<UserView[]> {
    return listUsers(this.dataSource.manager);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user {email, role, agency?}; the generated password is returned once.' })
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<{ user: UserView; password: string }> {
    const input = parseUserInput(body);
    return this.dataSource.transaction((manager) => createUser(manager, input, actorOf(user)));
  }
}
